package nl.labspace.insight;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.Sum;
import nl.labspace.db.insight.Suppression;
import nl.labspace.db.insight.Withheld;

/**
 * The insight cube of one moment after suppression: every cell, and which are withheld. Readers get a cell's value
 * only through shown(key), so a withheld value cannot leave by mistake.
 */
public final class Cube {

    private final RegionTree regions;
    private final YearMonth month;
    private final Map<CellKey, Cell> cells;
    private final Map<String, Withheld> withheld;

    private Cube(RegionTree regions, YearMonth month, Map<CellKey, Cell> cells, Map<String, Withheld> withheld) {
        this.regions = regions;
        this.month = month;
        this.cells = Map.copyOf(cells);
        this.withheld = Map.copyOf(withheld);
    }

    /** A derived cell, numerator / denominator in thousandths (CubeBuilder.ratio). */
    record Ratio(CellKey key, CellKey numerator, CellKey denominator) {
    }

    static Cube of(RegionTree regions, YearMonth month, Map<CellKey, Cell> cells, List<Sum> sums, List<Ratio> ratios) {
        Map<String, Withheld> withheld = new LinkedHashMap<>(Suppression.apply(cells.values(), sums));
        Map<CellKey, Cell> all = new LinkedHashMap<>(cells);
        for (Ratio ratio : ratios) {
            Cell den = cells.get(ratio.denominator());
            if (den == null || den.value() == 0) {
                continue;
            }
            Cell num = cells.get(ratio.numerator());
            long value = Math.round(1000.0 * (num == null ? 0 : num.value()) / den.value());
            Cell from = den.isPublic() && num != null ? num : den;
            all.put(ratio.key(), new Cell(ratio.key().id(), value, from.companies(), from.few()));
            // withheld with its input: shown, it and the shown input would give the withheld one back
            Withheld why = withheld.getOrDefault(den.id(), num == null ? null : withheld.get(num.id()));
            if (why != null) {
                withheld.put(ratio.key().id(), why);
            }
        }
        return new Cube(regions, month, all, withheld);
    }

    public RegionTree regions() {
        return regions;
    }

    public YearMonth month() {
        return month;
    }

    public java.util.Set<CellKey> keys() {
        return cells.keySet();
    }

    /** The value when the cell exists and is shown. */
    public Optional<Long> shown(CellKey key) {
        Cell cell = cells.get(key);
        return cell == null || withheld.containsKey(cell.id()) ? Optional.empty() : Optional.of(cell.value());
    }

    /** The cell before suppression, for the trends store only: it keeps a cube's raw cells with their verdicts. */
    Optional<Cell> raw(CellKey key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Why the cell is withheld, when it is. */
    public Optional<Withheld> withheld(CellKey key) {
        return Optional.ofNullable(withheld.get(key.id()));
    }
}
