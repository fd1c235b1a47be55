package nl.labspace.insight;

import java.time.YearMonth;
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

    static Cube of(RegionTree regions, YearMonth month, Map<CellKey, Cell> cells, List<Sum> sums) {
        return new Cube(regions, month, cells, Suppression.apply(cells.values(), sums));
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

    /** Why the cell is withheld, when it is. */
    public Optional<Withheld> withheld(CellKey key) {
        return Optional.ofNullable(withheld.get(key.id()));
    }
}
