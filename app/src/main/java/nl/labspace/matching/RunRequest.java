package nl.labspace.matching;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.labspace.web.Limits;

/**
 * A matching run to start: the regions (province, COROP or ROM codes; none for the whole country), the time budget
 * in seconds, the seed (default: the day), and optionally a number of search steps: then the run ends after those
 * steps (or its budget, whichever comes first) and is reproducible with the command line's solve --steps.
 */
@Serdeable
record RunRequest(@Nullable @Size(max = 60) List<@Size(max = Limits.CODE) String> regions,
                  @Nullable @Min(1) @Max(3600) Integer budgetSeconds,
                  @Nullable @Min(0) Integer seed,
                  @Nullable @Min(1) @Max(10_000_000) Integer steps) {
}
