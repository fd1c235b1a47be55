package nl.labspace.insight;

import static nl.labspace.insight.FigureOf.of;

import jakarta.inject.Singleton;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.SupplyTallyQuery;
import nl.labspace.db.insight.Tally;
import nl.labspace.search.FreshListings;

/**
 * Published supply per campus region: available lab m² by containment and GMP, office m², units, and the pipeline
 * (planned units) by delivery quarter, with the part due within 18 months of the cube's month. Public figures.
 */
@Singleton
class SupplyPart implements CubePart {

    /** Pipeline "due within 18 months" of the cube's month (issue 18: demand against what is coming). */
    static final int DUE_MONTHS = 18;

    private final SupplyTallyQuery supply;
    private final FreshListings fresh;

    SupplyPart(SupplyTallyQuery supply, FreshListings fresh) {
        this.supply = supply;
        this.fresh = fresh;
    }

    @Override
    public void addTo(CubeBuilder cube) {
        String period = cube.month().toString();
        TallyCells.add(cube, supply.available(period, fresh.confirmedSince()), false,
                of(Figure.SUPPLY_LAB_M2, Tally::labM2, Facets.CONTAINMENT, Facets.GMP),
                of(Figure.SUPPLY_OFFICE_M2, Tally::officeM2),
                of(Figure.SUPPLY_UNITS, Tally::rows, Facets.CONTAINMENT, Facets.GMP));
        TallyCells.add(cube, supply.pipeline(period, fresh.confirmedSince(), cube.month().plusMonths(DUE_MONTHS).atDay(1)), false,
                of(Figure.PIPELINE_LAB_M2, Tally::labM2, Facets.DELIVERY, Facets.DUE),
                of(Figure.PIPELINE_OFFICE_M2, Tally::officeM2, Facets.DELIVERY, Facets.DUE),
                of(Figure.PIPELINE_UNITS, Tally::rows, Facets.DELIVERY));
    }
}
