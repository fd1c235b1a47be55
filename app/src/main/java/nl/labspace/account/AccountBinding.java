package nl.labspace.account;

import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.labspace.web.Limits;

/** A role and what it binds to: campuses for a campus manager, one company, or regions / the whole country. */
@Serdeable
public record AccountBinding(@NotBlank @Size(max = Limits.CODE) String role,
                             @Nullable @Size(max = 50) List<@Size(max = Limits.CODE) String> campusIds,
                             @Nullable UUID companyId,
                             @Nullable @Size(max = 60) List<@Size(max = Limits.CODE) String> regionCodes,
                             boolean wholeCountry) {

    public AccountBinding {
        campusIds = campusIds == null ? List.of() : List.copyOf(campusIds);
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }
}
