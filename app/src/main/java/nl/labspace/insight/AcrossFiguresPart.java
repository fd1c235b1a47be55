package nl.labspace.insight;

import java.util.List;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;

/**
 * Adds no cells: declares the relations between figures of one region that a reader could subtract along, so that
 * suppression guards them too. Open demand's m² is its lab plus its office m²; and every open need is matched,
 * accepted, unmet or awaiting a run (each has at most one live proposal), so the same m² is the sum of those four.
 * Without the second relation "demand minus matched minus unmet" would give a withheld accepted figure back.
 */
@Singleton
class AcrossFiguresPart implements CubePart {

    @Override
    public void addTo(CubeBuilder cube) {
        String period = cube.month().toString();
        for (String region : cube.regions().codes()) {
            CellKey demand = CellKey.of(Figure.DEMAND_M2, region, period);
            cube.sum(demand, List.of(at(Figure.DEMAND_LAB_M2, demand), at(Figure.DEMAND_OFFICE_M2, demand)));
            cube.sum(demand, List.of(at(Figure.MATCHED_M2, demand), at(Figure.ACCEPTED_M2, demand),
                    at(Figure.UNMET_M2, demand), at(Figure.AWAITING_RUN_M2, demand)));
        }
    }

    private static CellKey at(Figure figure, CellKey cell) {
        return new CellKey(figure, cell.region(), cell.period(), cell.facet());
    }
}
