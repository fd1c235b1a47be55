package nl.labspace.insight;

import static nl.labspace.insight.FigureOf.of;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.DemandTallyQuery;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.Tally;

/** Open demand per home region: needs, lab and office m², by containment, GMP, move-in quarter and size band. */
@Singleton
class DemandPart implements CubePart {

    private static final String[] DIMENSIONS = {Facets.CONTAINMENT, Facets.GMP, Facets.MOVE_IN, Facets.SIZE};

    private final DemandTallyQuery demand;

    DemandPart(DemandTallyQuery demand) {
        this.demand = demand;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        TallyCells.add(cube, demand.open(cube.month().toString()), false,
                of(Figure.DEMAND_NEEDS, Tally::rows, DIMENSIONS),
                of(Figure.DEMAND_LAB_M2, Tally::labM2, DIMENSIONS),
                of(Figure.DEMAND_OFFICE_M2, Tally::officeM2, DIMENSIONS),
                of(Figure.DEMAND_M2, Tally::m2));
    }
}
