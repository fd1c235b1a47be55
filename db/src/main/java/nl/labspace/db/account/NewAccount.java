package nl.labspace.db.account;

import java.util.List;
import java.util.UUID;

/** What creating an account writes: the account row and its campus or region bindings. */
public record NewAccount(String email, String displayName, String passwordHash, String role, UUID companyId,
                         boolean wholeCountry, List<String> campusIds, List<String> regionCodes) {

    public NewAccount {
        campusIds = campusIds == null ? List.of() : List.copyOf(campusIds);
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }
}
