package nl.labspace.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.Sum;

/** Collects the cells and additive relations of one cube as the parts add them. */
public final class CubeBuilder {

    /** A ratio of sums of other cells, in thousandths. */
    record Ratio(CellKey key, List<CellKey> numerator, List<CellKey> denominator) {
    }

    private final RegionTree regions;
    private final YearMonth month;
    private final Map<CellKey, Cell> cells = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();

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

    public void add(CellKey key, long value, int companies, Set<UUID> few) {
        cells.put(key, new Cell(key.id(), value, companies, few));
    }

    public void addPublic(CellKey key, long value) {
        cells.put(key, Cell.ofPublic(key.id(), value));
    }

    public void sum(CellKey total, List<CellKey> parts) {
        sums.add(new Sum(total.id(), parts.stream().map(CellKey::id).toList()));
    }

    /**
     * A derived figure: 1000 × Σ numerator / Σ denominator (absent cells count 0), computed once every part has added
     * its cells, and withheld whenever one of its inputs is, for the reason that input is (else the ratio and a
     * shown input would give the withheld one back). No cell when the denominator is 0.
     */
    public void ratio(CellKey key, List<CellKey> numerator, List<CellKey> denominator) {
        ratios.add(new Ratio(key, List.copyOf(numerator), List.copyOf(denominator)));
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
        Map<CellKey, Cell> derived = new LinkedHashMap<>();
        Map<CellKey, List<CellKey>> inputs = new LinkedHashMap<>();
        for (Ratio r : ratios) {
            long over = total(r.denominator());
            if (over > 0) {
                derived.put(r.key(), Cell.ofPublic(r.key().id(), Math.round(1000.0 * total(r.numerator()) / over)));
                List<CellKey> all = new ArrayList<>(r.numerator());
                all.addAll(r.denominator());
                inputs.put(r.key(), all);
            }
        }
        return Cube.of(regions, month, cells, sums, derived, inputs);
    }

    private long total(List<CellKey> keys) {
        return keys.stream().map(cells::get).filter(c -> c != null).mapToLong(Cell::value).sum();
    }
}
