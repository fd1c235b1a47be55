package nl.labspace.insight;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.FlowQuery;

/** Adds the flows of demand between regions (flow-m2, flow-inside-share) to the insight cube. */
@Singleton
class FlowPart implements CubePart {

    private final FlowQuery flows;

    FlowPart(FlowQuery flows) {
        this.flows = flows;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        FlowCells.addTo(cube, flows.rows(cube.month().atDay(1)));
    }
}
