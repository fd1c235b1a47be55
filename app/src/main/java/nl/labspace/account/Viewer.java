package nl.labspace.account;

import java.util.Set;
import java.util.UUID;

/** The signed-in account and what it is bound to; every object-level check asks this. */
public record Viewer(UUID accountId, String email, String role, UUID companyId, Set<String> campusIds,
                     Set<String> regionCodes, boolean wholeCountry) {

    public Viewer {
        campusIds = Set.copyOf(campusIds);
        regionCodes = Set.copyOf(regionCodes);
    }

    public boolean isAdmin() {
        return Roles.ADMIN.equals(role);
    }

    public boolean managesCampus(String campusId) {
        return isAdmin() || Roles.CAMPUS_MANAGER.equals(role) && campusIds.contains(campusId);
    }

    public boolean actsForCompany(UUID company) {
        return isAdmin() || Roles.COMPANY.equals(role) && companyId != null && companyId.equals(company);
    }

    /** Whether a fund manager (or admin) may read figures of this region code. */
    public boolean followsRegion(String regionCode) {
        return isAdmin() || Roles.FUND_MANAGER.equals(role) && (wholeCountry || regionCodes.contains(regionCode));
    }
}
