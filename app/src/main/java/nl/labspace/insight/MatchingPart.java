package nl.labspace.insight;

import static nl.labspace.insight.FigureOf.of;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.MatchingTallyQuery;
import nl.labspace.db.insight.Tally;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.search.FreshListings;

/**
 * What matching did with open demand (matched, accepted, unmet with its binding reasons; lab + office m² of the needs
 * per home region), what was leased through Labspace per month of confirmation, and pre-let pipeline per campus region.
 */
@Singleton
class MatchingPart implements CubePart {

    private final MatchingTallyQuery matching;
    private final FreshListings fresh;

    MatchingPart(MatchingTallyQuery matching, FreshListings fresh) {
        this.matching = matching;
        this.fresh = fresh;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        String period = cube.month().toString();
        TallyCells.add(cube, matching.proposed(period, ProposalStatus.OPEN), false, of(Figure.MATCHED_M2, Tally::m2));
        TallyCells.add(cube, matching.proposed(period, ProposalStatus.ACCEPTED), false, of(Figure.ACCEPTED_M2, Tally::m2));
        TallyCells.add(cube, matching.unmet(period), false, of(Figure.UNMET_M2, Tally::m2, Facets.REASON));
        TallyCells.add(cube, matching.awaitingRun(period), false, of(Figure.AWAITING_RUN_M2, Tally::m2));
        TallyCells.add(cube, matching.leased(), true, of(Figure.LEASED_M2, Tally::m2));
        TallyCells.add(cube, matching.prelet(period, fresh.confirmedSince()), false, of(Figure.PRELET_M2, Tally::m2));
    }
}
