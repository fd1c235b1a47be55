package nl.labspace.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.enquiry.ResponseTimes;

/**
 * A campus's median time to a first reply, shown only when it rests on at least MIN_THREADS answered threads: over
 * fewer, one quick or slow answer would be the whole figure.
 */
@Serdeable
@Schema(description = "How fast a campus first answers enquiries")
public record ResponseTimeView(
        @Nullable @Schema(description = "Median seconds from an enquiry to the campus's first reply; null when fewer than "
                + "3 threads were answered", nullable = true, example = "5400") Long medianSeconds,
        @Schema(description = "How many answered threads the median counts") int answeredThreads,
        @Schema(description = "Whether there are enough answered threads (3) to show a median") boolean shown) {

    public static final int MIN_THREADS = 3;

    static ResponseTimeView of(ResponseTimes t) {
        boolean enough = t.answeredThreads() >= MIN_THREADS && t.medianSeconds() != null;
        return new ResponseTimeView(enough ? t.medianSeconds() : null, t.answeredThreads(), enough);
    }
}
