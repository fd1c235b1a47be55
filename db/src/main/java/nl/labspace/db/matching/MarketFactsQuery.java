package nl.labspace.db.matching;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.NEED_PROVINCE;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.labspace.db.Gis;
import nl.labspace.db.listing.Supply;
import nl.labspace.db.matching.MarketFacts.CampusFact;
import nl.labspace.db.matching.MarketFacts.LeaseFact;
import nl.labspace.db.matching.MarketFacts.Market;
import nl.labspace.db.matching.MarketFacts.NeedFact;
import nl.labspace.db.matching.MarketFacts.PinnedFact;
import nl.labspace.db.matching.MarketFacts.UnitFact;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * Reads the market a run matches, in one consistent read: campuses in scope, their units that count as supply
 * (available or planned, fresh), open needs homed in scope, leases on those units, and accepted proposals of needs
 * homed in scope or of units in scope.
 */
public final class MarketFactsQuery {

    private static final Field<String[]> PROVINCES = coalesce(
            field(select(arrayAgg(NEED_PROVINCE.PROVINCE_CODE).orderBy(NEED_PROVINCE.PROVINCE_CODE))
                    .from(NEED_PROVINCE).where(NEED_PROVINCE.NEED_ID.eq(NEED.ID))),
            field("'{}'::text[]", SQLDataType.VARCHAR.array())).as("provinces");

    private final DSLContext dsl;

    public MarketFactsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Market read(MarketScope scope, LocalDate confirmedSince) {
        List<CampusFact> campuses = campuses(scope);
        List<UnitFact> units = units(scope, confirmedSince);
        return new Market(campuses, units, needs(scope), leases(scope), pinned(scope));
    }

    private List<CampusFact> campuses(MarketScope scope) {
        return dsl.select(CAMPUS.ID, Gis.lat(CAMPUS.LOCATION), Gis.lon(CAMPUS.LOCATION), CAMPUS.PROVINCE_CODE, CAMPUS.FOCUS)
                .from(CAMPUS).where(campusIn(scope)).orderBy(CAMPUS.ID)
                .fetch(r -> new CampusFact(r.value1(), r.value2(), r.value3(), r.value4(), Arrays.asList(r.value5())));
    }

    private List<UnitFact> units(MarketScope scope, LocalDate confirmedSince) {
        return dsl.select(UNIT.ID, UNIT.CAMPUS_ID, UNIT.LAB_M2, UNIT.OFFICE_M2, UNIT.CONTAINMENT, UNIT.GMP,
                        Gis.textArray(UNIT.FEATURES), UNIT.AVAILABLE_FROM, UNIT.AVAILABLE_UNTIL, UNIT.RENT_PER_M2_YEAR,
                        UNIT.VERSION)
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(UNIT.STATUS.in(UnitStatus.AVAILABLE.code(), UnitStatus.PLANNED.code())).and(Supply.fresh(confirmedSince)).and(campusIn(scope))
                .orderBy(UNIT.ID)
                .fetch(r -> new UnitFact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Arrays.asList(r.value7()), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    private List<NeedFact> needs(MarketScope scope) {
        return dsl.select(NEED.ID, NEED.COMPANY_ID, NEED.LAB_M2, NEED.OFFICE_M2, NEED.CONTAINMENT, NEED.GMP,
                        Gis.textArray(NEED.FEATURES).as("feature_list"), NEED.MOVE_IN_EARLIEST, NEED.MOVE_IN_LATEST,
                        NEED.TERM_MONTHS, NEED.MAX_RENT_PER_M2_YEAR, NEED.MAX_UNITS,
                        Gis.lat(NEED.NEAR_LOCATION).as("near_lat"), Gis.lon(NEED.NEAR_LOCATION).as("near_lon"),
                        NEED.NEAR_MAX_KM, PROVINCES, NEED.SECTOR, NEED.HOME_PROVINCE_CODE, NEED.VERSION, NEED.MAX_M2)
                .from(NEED).where(NEED.STATUS.eq(NeedStatus.OPEN.code())).and(needIn(scope)).orderBy(NEED.ID)
                .fetch(r -> new NeedFact(r.get(NEED.ID), r.get(NEED.COMPANY_ID), r.get(NEED.LAB_M2), r.get(NEED.OFFICE_M2),
                        r.get(NEED.CONTAINMENT), r.get(NEED.GMP), Arrays.asList(r.get("feature_list", String[].class)),
                        r.get(NEED.MOVE_IN_EARLIEST), r.get(NEED.MOVE_IN_LATEST), r.get(NEED.TERM_MONTHS),
                        r.get(NEED.MAX_RENT_PER_M2_YEAR), r.get(NEED.MAX_UNITS), r.get("near_lat", Double.class),
                        r.get("near_lon", Double.class), r.get(NEED.NEAR_MAX_KM),
                        Arrays.asList(r.get("provinces", String[].class)), r.get(NEED.SECTOR),
                        r.get(NEED.HOME_PROVINCE_CODE), r.get(NEED.VERSION), r.get(NEED.MAX_M2)));
    }

    private List<LeaseFact> leases(MarketScope scope) {
        return dsl.select(LEASE.UNIT_ID, LEASE.FIRST_MONTH, LEASE.LAST_MONTH)
                .from(LEASE).join(UNIT).on(UNIT.ID.eq(LEASE.UNIT_ID)).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(campusIn(scope)).orderBy(LEASE.UNIT_ID, LEASE.FIRST_MONTH)
                .fetch(r -> new LeaseFact(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Accepted proposals of needs homed in scope or of units on campuses in scope, whatever their need's status now:
     * each holds its units' months (unit_hold) for every run whose scope includes the units, as a lease does.
     */
    private List<PinnedFact> pinned(MarketScope scope) {
        return dsl.select(PROPOSAL.NEED_ID, arrayAgg(PROPOSAL_UNIT.UNIT_ID).orderBy(PROPOSAL_UNIT.UNIT_ID), PROPOSAL.START_MONTH,
                        PROPOSAL.TERM_MONTHS)
                .from(PROPOSAL).join(PROPOSAL_UNIT).on(PROPOSAL_UNIT.PROPOSAL_ID.eq(PROPOSAL.ID))
                .join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .join(CAMPUS).on(CAMPUS.ID.eq(PROPOSAL.CAMPUS_ID))
                .where(PROPOSAL.STATUS.eq(ProposalStatus.ACCEPTED.code())).and(needIn(scope).or(campusIn(scope)))
                .groupBy(PROPOSAL.ID, PROPOSAL.NEED_ID, PROPOSAL.START_MONTH, PROPOSAL.TERM_MONTHS)
                .orderBy(PROPOSAL.NEED_ID, PROPOSAL.START_MONTH)
                .fetch(r -> new PinnedFact(r.value1(), Arrays.asList(r.value2()), r.value3(), r.value4()));
    }

    private static Condition campusIn(MarketScope scope) {
        return scope.national() ? noCondition()
                : CAMPUS.PROVINCE_CODE.in(scope.regionCodes()).or(CAMPUS.COROP_CODE.in(scope.regionCodes()))
                        .or(CAMPUS.ROM_CODE.in(scope.regionCodes()));
    }

    private static Condition needIn(MarketScope scope) {
        return scope.national() ? noCondition()
                : NEED.HOME_PROVINCE_CODE.in(scope.regionCodes()).or(NEED.HOME_COROP_CODE.in(scope.regionCodes()))
                        .or(NEED.HOME_ROM_CODE.in(scope.regionCodes()));
    }
}
