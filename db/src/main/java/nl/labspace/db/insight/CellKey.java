package nl.labspace.db.insight;

/**
 * Where a cell sits in the cube: a figure, a region (a region code, "NL" for the country, or an Unplaced code), a
 * period ("2026-12" a month, "2026-Q4" a quarter) and a facet ("all", or "dimension:value" such as
 * "containment:ML-II", "size:300-1000", "move-in:2027-Q1", "reason:over-budget", "to:CR25").
 */
public record CellKey(Figure figure, String region, String period, String facet) {

    public static final String ALL = "all";
    public static final String COUNTRY = "NL";

    public static CellKey of(Figure figure, String region, String period) {
        return new CellKey(figure, region, period, ALL);
    }

    public CellKey withFacet(String dimension, String value) {
        return new CellKey(figure, region, period, dimension + ":" + value);
    }

    public CellKey withRegion(String other) {
        return new CellKey(figure, other, period, facet);
    }

    /** The id a Cell and a Sum use. */
    public String id() {
        return figure.code() + "|" + region + "|" + period + "|" + facet;
    }
}
