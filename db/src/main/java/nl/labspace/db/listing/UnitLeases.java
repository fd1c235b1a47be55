package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

/**
 * The leases on a campus's units, as its console lists them: the tenant named unless its need is confidential (then
 * the company stays anonymous, as in the proposals a campus sees), and the months.
 */
public final class UnitLeases {

    /** One lease; company is null for a confidential need. */
    public record Lease(UUID unitId, String company, LocalDate firstMonth, LocalDate lastMonth) {
    }

    private final DSLContext dsl;

    public UnitLeases(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The leases on units of these campuses that have not ended before the given month, earliest first. */
    public List<Lease> onCampuses(Collection<String> campusIds, LocalDate notEndedBefore) {
        return dsl.select(LEASE.UNIT_ID, when(NEED.CONFIDENTIAL, inline((String) null)).otherwise(COMPANY.NAME),
                        LEASE.FIRST_MONTH, LEASE.LAST_MONTH)
                .from(LEASE).join(UNIT).on(UNIT.ID.eq(LEASE.UNIT_ID))
                .join(NEED).on(NEED.ID.eq(LEASE.NEED_ID)).join(COMPANY).on(COMPANY.ID.eq(NEED.COMPANY_ID))
                .where(UNIT.CAMPUS_ID.in(campusIds)).and(LEASE.LAST_MONTH.ge(notEndedBefore))
                .orderBy(LEASE.UNIT_ID, LEASE.FIRST_MONTH)
                .fetch(mapping(Lease::new));
    }
}
