package nl.labspace.account;

import java.util.Set;

import jakarta.inject.Singleton;
import nl.labspace.db.account.ReferenceQueries;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * A binding must fit its role and name things that exist; the error names the field (as in the binding itself:
 * "campusIds[1]") and the value. Where the binding sits inside a larger body, see {@link #nested}.
 */
@Singleton
class BindingValidator {

    private final ReferenceQueries references;

    BindingValidator(ReferenceQueries references) {
        this.references = references;
    }

    void check(AccountBinding b) {
        if (!Roles.ALL.contains(b.role())) {
            throw new BadInput("role", b.role(), Reason.ONE_OF, String.join(", ", Roles.ALL));
        }
        requireOnlyFor(b, Roles.CAMPUS_MANAGER, "campusIds", !b.campusIds().isEmpty());
        requireOnlyFor(b, Roles.COMPANY, "companyId", b.companyId() != null);
        requireOnlyFor(b, Roles.FUND_MANAGER, "regionCodes", !b.regionCodes().isEmpty() || b.wholeCountry());
        for (int i = 0; i < b.campusIds().size(); i++) {
            if (!references.campusExists(b.campusIds().get(i))) {
                throw new BadInput("campusIds[" + i + "]", b.campusIds().get(i), Reason.NO_CAMPUS);
            }
        }
        if (b.companyId() != null && !references.companyExists(b.companyId())) {
            throw new BadInput("companyId", b.companyId(), Reason.NO_COMPANY);
        }
        for (int i = 0; i < b.regionCodes().size(); i++) {
            if (!references.regionExists(b.regionCodes().get(i))) {
                throw new BadInput("regionCodes[" + i + "]", b.regionCodes().get(i), Reason.NO_REGION_CODE);
            }
        }
    }

    private static void requireOnlyFor(AccountBinding b, String role, String field, boolean present) {
        if (role.equals(b.role()) && !present) {
            throw new BadInput(field, null, Reason.REQUIRED_FOR_ROLE, role);
        }
        if (!role.equals(b.role()) && present) {
            throw new BadInput(field, "given", Reason.ONLY_FOR_ROLE, role);
        }
    }

    /** The binding's fields of a problem named under the body field that holds the binding ("binding.role"). */
    static BadInput nested(BadInput problem, String holder) {
        return new BadInput(problem.violations().stream()
                .map(v -> FIELDS.contains(v.listField()) ? v.at(holder + "." + v.field()) : v)
                .toList());
    }

    private static final Set<String> FIELDS = Set.of("role", "campusIds", "companyId", "regionCodes", "wholeCountry");
}
