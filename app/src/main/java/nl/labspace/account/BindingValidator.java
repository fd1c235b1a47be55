package nl.labspace.account;

import jakarta.inject.Singleton;
import nl.labspace.web.BadInput;
import nl.labspace.db.account.ReferenceQueries;

/** A binding must fit its role and name things that exist; the error names the field and the value. */
@Singleton
class BindingValidator {

    private final ReferenceQueries references;

    BindingValidator(ReferenceQueries references) {
        this.references = references;
    }

    void check(AccountBinding b) {
        if (!Roles.ALL.contains(b.role())) {
            throw new BadInput("role", b.role(), "must be one of " + Roles.ALL);
        }
        requireOnlyFor(b, Roles.CAMPUS_MANAGER, "campusIds", !b.campusIds().isEmpty());
        requireOnlyFor(b, Roles.COMPANY, "companyId", b.companyId() != null);
        requireOnlyFor(b, Roles.FUND_MANAGER, "regionCodes", !b.regionCodes().isEmpty() || b.wholeCountry());
        for (String campus : b.campusIds()) {
            if (!references.campusExists(campus)) {
                throw new BadInput("campusIds", campus, "no such campus");
            }
        }
        if (b.companyId() != null && !references.companyExists(b.companyId())) {
            throw new BadInput("companyId", b.companyId(), "no such company");
        }
        for (String region : b.regionCodes()) {
            if (!references.regionExists(region)) {
                throw new BadInput("regionCodes", region, "no such region code");
            }
        }
    }

    private static void requireOnlyFor(AccountBinding b, String role, String field, boolean present) {
        if (role.equals(b.role()) && !present) {
            throw new BadInput(field, null, "is required for role " + role);
        }
        if (!role.equals(b.role()) && present) {
            throw new BadInput(field, "given", "is only allowed for role " + role);
        }
    }
}
