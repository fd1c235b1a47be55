package nl.labspace.insight;

import java.util.List;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;

/**
 * Figures derived from other cells, in thousandths, per region: lab : office of available supply ("labspace vs
 * laptopspace"), open demand (lab + office m²) against the pipeline due within 18 months, and the pre-let share of the
 * pipeline (accepted or leased m² on planned units over planned m²). A ratio is withheld when a company input is.
 */
@Singleton
class DerivedPart implements CubePart {

    @Override
    public void addTo(CubeBuilder cube) {
        String period = cube.month().toString();
        for (String region : cube.regions().codes()) {
            CellKey at = new CellKey(Figure.LAB_OFFICE_RATIO, region, period, CellKey.ALL);
            cube.ratio(at, List.of(of(Figure.SUPPLY_LAB_M2, at)), List.of(of(Figure.SUPPLY_OFFICE_M2, at)));
            cube.ratio(of(Figure.DEMAND_VS_PIPELINE_18M, at), List.of(of(Figure.DEMAND_LAB_M2, at), of(Figure.DEMAND_OFFICE_M2, at)),
                    List.of(of(Figure.PIPELINE_LAB_M2, at).withFacet(Facets.DUE, Facets.DUE_WITHIN_18M),
                            of(Figure.PIPELINE_OFFICE_M2, at).withFacet(Facets.DUE, Facets.DUE_WITHIN_18M)));
            cube.ratio(of(Figure.PRELET_SHARE, at), List.of(of(Figure.PRELET_M2, at)),
                    List.of(of(Figure.PIPELINE_LAB_M2, at), of(Figure.PIPELINE_OFFICE_M2, at)));
        }
    }

    private static CellKey of(Figure figure, CellKey at) {
        return new CellKey(figure, at.region(), at.period(), at.facet());
    }
}
