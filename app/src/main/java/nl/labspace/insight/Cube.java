package nl.labspace.insight;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return of(regions, month, cells, sums, Map.of(), Map.of());
    }

    /**
     * Suppresses the cells along their sums, then withholds each derived cell whose inputs include a withheld one (a
     * derived cell is in no sum: it is kept out of suppression and follows its inputs).
     */
    static Cube of(RegionTree regions, YearMonth month, Map<CellKey, Cell> cells, List<Sum> sums,
                   Map<CellKey, Cell> derived, Map<CellKey, List<CellKey>> inputs) {
        Map<String, Withheld> withheld = new LinkedHashMap<>(Suppression.apply(cells.values(), sums));
        inputs.forEach((key, from) -> from.stream().map(k -> withheld.get(k.id())).filter(w -> w != null).findFirst()
                .ifPresent(w -> withheld.put(key.id(), w)));
        Map<CellKey, Cell> all = new LinkedHashMap<>(cells);
        all.putAll(derived);
        return new Cube(regions, month, all, withheld);
    }

    public RegionTree regions() {
        return regions;
    }

    public YearMonth month() {
        return month;
    }

    public Set<CellKey> keys() {
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
