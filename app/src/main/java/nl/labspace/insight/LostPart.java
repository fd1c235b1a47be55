package nl.labspace.insight;

import static nl.labspace.insight.FigureOf.of;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.LostDemandQuery;
import nl.labspace.db.insight.Tally;

/** Lost demand per home region, month and quarter of withdrawal, by reason (went abroad among them). */
@Singleton
class LostPart implements CubePart {

    private final LostDemandQuery lost;

    LostPart(LostDemandQuery lost) {
        this.lost = lost;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        TallyCells.add(cube, lost.tallies(), true,
                of(Figure.LOST_M2, Tally::m2, Facets.REASON),
                of(Figure.LOST_LAB_M2, Tally::labM2, Facets.REASON),
                of(Figure.LOST_NEEDS, Tally::rows, Facets.REASON));
    }
}
