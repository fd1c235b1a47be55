package nl.labspace.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.Sum;

/** Collects the cells and additive relations of one cube as the parts add them. */
public final class CubeBuilder {

    private final RegionTree regions;
    private final YearMonth month;
    private final Map<CellKey, Cell> cells = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<Cube.Ratio> ratios = new ArrayList<>();

    CubeBuilder(RegionTree regions, YearMonth month) {
        this.regions = regions;
        this.month = month;
    }

    public RegionTree regions() {
        return regions;
    }

    /** The month the cube describes (Dutch time): the period of its stock figures. */
    public YearMonth month() {
        return month;
    }

    public void add(CellKey key, long value, int companies, java.util.Set<java.util.UUID> few) {
        cells.put(key, new Cell(key.id(), value, companies, few));
    }

    public void addPublic(CellKey key, long value) {
        cells.put(key, Cell.ofPublic(key.id(), value));
    }

    public void sum(CellKey total, List<CellKey> parts) {
        sums.add(new Sum(total.id(), parts.stream().map(CellKey::id).toList()));
    }

    /**
     * A derived cell: numerator / denominator in thousandths (a missing numerator counts as zero), worked out after
     * suppression and withheld whenever either input is, so that it never reveals a withheld input. None when the
     * denominator is missing or zero.
     */
    public void ratio(CellKey key, CellKey numerator, CellKey denominator) {
        ratios.add(new Cube.Ratio(key, numerator, denominator));
    }

    /** The additive relations declared so far (tests check that they hold). */
    List<Sum> sums() {
        return List.copyOf(sums);
    }

    /** The cells added so far (tests). */
    Map<CellKey, Cell> cells() {
        return Map.copyOf(cells);
    }

    Cube build() {
        return Cube.of(regions, month, cells, sums, ratios);
    }
}
