package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static nl.labspace.db.insight.Tallies.as;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.unnest;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * What matching did with demand, per home region of the needs, in the needs' lab + office m². A run writes one
 * proposal per need it covered and supersedes that need's earlier open or unmatched one, so the live (not superseded)
 * proposals are those of the latest run that covered each need: open ones are matched, unmatched ones unmet (with the
 * binding reason the run stored), accepted ones await their campus, confirmed ones became leases (by month of
 * confirmation). Pre-let space is the other side: planned units held by accepted or confirmed proposals, per region
 * of their campus, in the units' m².
 */
public final class MatchingTallyQuery {

    private static final Field<String> FACET = field(name("f", Tallies.FACET), SQLDataType.VARCHAR);
    private static final Field<String> PERIOD = field(name("p", Tallies.PERIOD), SQLDataType.VARCHAR);

    private final DSLContext dsl;

    public MatchingTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open needs with a live proposal of this status (open: matched; accepted); facet all. */
    public List<Tally> proposed(String period, ProposalStatus status) {
        return needs(inline(period), Facets.all(), PROPOSAL.STATUS.eq(status.code()), null);
    }

    /** Open needs the latest run covering them left unmatched; facets all and reason:*. */
    public List<Tally> unmet(String period) {
        Table<?> facets = unnest(array(Facets.all(), Facets.facet(Facets.REASON, UnmetReason.of(PROPOSAL.EXPLANATION))))
                .as("f", Tallies.FACET);
        return needs(inline(period), FACET, PROPOSAL.STATUS.eq(ProposalStatus.UNMATCHED.code()), facets);
    }

    /**
     * Open needs no finished run has a live proposal for (posted since, or their proposal declined or void); facet
     * all. With matched, accepted and unmet m² they make up all open demand, a relation the cube declares.
     */
    public List<Tally> awaitingRun(String period) {
        Condition live = PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code(),
                ProposalStatus.UNMATCHED.code());
        return Tallies.of(dsl, dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(NEED.HOME_PROVINCE_CODE, Tallies.PROVINCE),
                        as(NEED.HOME_COROP_CODE, Tallies.COROP), as(NEED.HOME_ROM_CODE, Tallies.ROM),
                        as(inline(period), Tallies.PERIOD), as(Facets.all(), Tallies.FACET), as(NEED.LAB_M2, Tallies.LAB),
                        as(NEED.OFFICE_M2, Tallies.OFFICE))
                .from(NEED)
                .where(NEED.STATUS.eq(NeedStatus.OPEN.code()),
                        notExists(selectOne().from(PROPOSAL).where(PROPOSAL.NEED_ID.eq(NEED.ID), live))));
    }

    /** Needs leased through Labspace, per month and quarter of confirmation (Dutch time); facet all. */
    public List<Tally> leased() {
        Field<LocalDate> month = field("date_trunc('month', {0} AT TIME ZONE {1})::date", SQLDataType.LOCALDATE,
                PROPOSAL.CONFIRMED_AT, inline(MarketDay.ZONE));
        Table<?> periods = unnest(array(Facets.month(month), Facets.quarter(month))).as("p", Tallies.PERIOD);
        return Tallies.of(dsl, dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(NEED.HOME_PROVINCE_CODE, Tallies.PROVINCE),
                        as(NEED.HOME_COROP_CODE, Tallies.COROP), as(NEED.HOME_ROM_CODE, Tallies.ROM), as(PERIOD, Tallies.PERIOD),
                        as(Facets.all(), Tallies.FACET), as(NEED.LAB_M2, Tallies.LAB), as(NEED.OFFICE_M2, Tallies.OFFICE))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID)).crossJoin(periods)
                .where(PROPOSAL.STATUS.eq(ProposalStatus.CONFIRMED.code()), PROPOSAL.CONFIRMED_AT.isNotNull()));
    }

    /** Fresh planned units held by accepted or confirmed proposals, per region of their campus; facet all. */
    public List<Tally> prelet(String period, LocalDate confirmedSince) {
        return Tallies.of(dsl, dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(CAMPUS.PROVINCE_CODE, Tallies.PROVINCE),
                        as(CAMPUS.COROP_CODE, Tallies.COROP), as(CAMPUS.ROM_CODE, Tallies.ROM), as(inline(period), Tallies.PERIOD),
                        as(Facets.all(), Tallies.FACET), as(UNIT.LAB_M2, Tallies.LAB), as(UNIT.OFFICE_M2, Tallies.OFFICE))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .join(PROPOSAL_UNIT).on(PROPOSAL_UNIT.PROPOSAL_ID.eq(PROPOSAL.ID))
                .join(UNIT).on(UNIT.ID.eq(PROPOSAL_UNIT.UNIT_ID)).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(PROPOSAL.STATUS.in(ProposalStatus.ACCEPTED.code(), ProposalStatus.CONFIRMED.code()),
                        UNIT.STATUS.eq(UnitStatus.PLANNED.code()), Supply.fresh(confirmedSince)));
    }

    /** Live proposals of this kind whose needs are open, one row per need and facet (facets null: facet all only). */
    private List<Tally> needs(Field<String> period, Field<String> facet, Condition which, Table<?> facets) {
        var from = dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(NEED.HOME_PROVINCE_CODE, Tallies.PROVINCE),
                        as(NEED.HOME_COROP_CODE, Tallies.COROP), as(NEED.HOME_ROM_CODE, Tallies.ROM), as(period, Tallies.PERIOD),
                        as(facet, Tallies.FACET), as(NEED.LAB_M2, Tallies.LAB), as(NEED.OFFICE_M2, Tallies.OFFICE))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID));
        var joined = facets == null ? from : from.crossJoin(facets);
        return Tallies.of(dsl, joined.where(which, NEED.STATUS.eq(NeedStatus.OPEN.code())));
    }
}
