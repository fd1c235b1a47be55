package nl.labspace.campus;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The part of a campus profile its managers edit; name and location are the administrator's. */
@Serdeable
record CampusProfileRequest(@NotNull @Size(max = 10) List<@Pattern(regexp = "[a-z]+(-[a-z]+)*") String> focus,
                            @NotNull @Size(max = 30) List<@Size(min = 1, max = 80) String> sharedFacilities,
                            @Nullable @Pattern(regexp = "https?://\\S+") String website,
                            @Nullable @Email String contactEmail) {
}
