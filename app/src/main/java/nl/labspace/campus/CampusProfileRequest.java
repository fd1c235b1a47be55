package nl.labspace.campus;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.labspace.db.campus.CampusAddress;
import nl.labspace.web.Limits;

/**
 * The part of a campus profile its managers edit; name and location are the administrator's. Focus items are
 * sector-like words ("drug-discovery"); shared facilities are free text (a campus names its own: "NMR centre",
 * "vivarium"), one line of at most 80 characters each. The address (V21) is optional in parts: a street line, a Dutch
 * postcode ("2333 CA"; "2333ca" is accepted and stored as "2333 CA") and the postal town.
 */
@Serdeable
record CampusProfileRequest(
        @NotNull @Size(max = Limits.FOCUS_ITEMS) List<@Size(max = Limits.CODE) @Pattern(regexp = "[a-z]+(-[a-z]+)*", message = "must be lower-case words joined by '-'") String> focus,
        @NotNull @Size(max = Limits.FACILITY_ITEMS) List<@Size(min = 1, max = Limits.FACILITY) @Pattern(regexp = "\\S" + Limits.LINE, message = Limits.LINE_MESSAGE + ", not starting with a space") String> sharedFacilities,
        @Nullable @Size(max = Limits.WEBSITE) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address without spaces") String website,
        @Nullable @Size(max = Limits.EMAIL) @Email String contactEmail,
        @Nullable @Size(min = 1, max = Limits.STREET) @Pattern(regexp = "\\S" + Limits.LINE, message = Limits.LINE_MESSAGE + ", not starting with a space") String streetAddress,
        @Nullable @Pattern(regexp = Limits.POSTCODE, message = Limits.POSTCODE_MESSAGE) String postcode,
        @Nullable @Size(min = 1, max = Limits.TOWN) @Pattern(regexp = "\\S" + Limits.LINE, message = Limits.LINE_MESSAGE + ", not starting with a space") String town) {

    /** The address as stored: the postcode as "2333 CA". */
    CampusAddress address() {
        String code = postcode == null ? null
                : postcode.substring(0, 4) + " " + postcode.substring(postcode.length() - 2).toUpperCase(java.util.Locale.ROOT);
        return new CampusAddress(streetAddress, code, town, false);
    }
}
