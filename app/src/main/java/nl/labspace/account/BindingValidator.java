package nl.labspace.account;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.REGION;

import jakarta.inject.Singleton;
import nl.labspace.web.BadInput;
import org.jooq.DSLContext;

/** A binding must fit its role and name things that exist; the error names the field and the value. */
@Singleton
class BindingValidator {

    private final DSLContext dsl;

    BindingValidator(DSLContext dsl) {
        this.dsl = dsl;
    }

    void check(AccountBinding b) {
        if (!Roles.ALL.contains(b.role())) {
            throw new BadInput("role", b.role(), "must be one of " + Roles.ALL);
        }
        requireOnlyFor(b, Roles.CAMPUS_MANAGER, "campusIds", !b.campusIds().isEmpty());
        requireOnlyFor(b, Roles.COMPANY, "companyId", b.companyId() != null);
        requireOnlyFor(b, Roles.FUND_MANAGER, "regionCodes", !b.regionCodes().isEmpty() || b.wholeCountry());
        for (String campus : b.campusIds()) {
            if (!dsl.fetchExists(CAMPUS, CAMPUS.ID.eq(campus))) {
                throw new BadInput("campusIds", campus, "no such campus");
            }
        }
        if (b.companyId() != null && !dsl.fetchExists(COMPANY, COMPANY.ID.eq(b.companyId()))) {
            throw new BadInput("companyId", b.companyId(), "no such company");
        }
        for (String region : b.regionCodes()) {
            if (!dsl.fetchExists(REGION, REGION.CODE.eq(region))) {
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
