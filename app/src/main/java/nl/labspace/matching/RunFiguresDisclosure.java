package nl.labspace.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.Sum;
import nl.labspace.db.insight.Suppression;

/**
 * Which groups of a run's published figures are withheld. The run's total is the sum of its groups (the provinces and
 * the needs without a home province), so the disclosure rule alone would let anyone subtract the shown groups from the
 * total and recover the one withheld: each of the four figures is suppressed as a table of its own (total = groups,
 * Suppression), and a group withheld in any of them is withheld in all.
 *
 * <p>How many distinct companies the whole run holds is not stored; the most of any group is what it holds at least,
 * and the total is judged by that (so a run of two companies in two provinces shows nothing).
 */
final class RunFiguresDisclosure {

    /** The total's key in the withheld set. */
    static final String TOTAL = CellKey.COUNTRY;

    private static final Map<String, ToLongFunction<RunFigures.Tally>> FIGURES = Map.of(
            "needs", RunFigures.Tally::needs, "matched-needs", RunFigures.Tally::matchedNeeds,
            "asked-m2", RunFigures.Tally::askedM2, "served-m2", RunFigures.Tally::servedM2);

    private RunFiguresDisclosure() {
    }

    /**
     * The withheld groups by key (TOTAL for the run's total).
     *
     * @param groups the run's groups by key (a province code, or the key of the needs without a home province)
     * @param total  the run's figures as a whole
     */
    static Set<String> withheld(Map<String, RunFigures.Tally> groups, RunFigures.Tally total) {
        int atLeast = groups.values().stream().mapToInt(RunFiguresDisclosure::companies).max().orElse(0);
        Set<String> withheld = new HashSet<>();
        FIGURES.forEach((figure, value) -> {
            List<Cell> cells = new ArrayList<>();
            groups.forEach((key, t) -> cells.add(new Cell(figure + "|" + key, value.applyAsLong(t), companies(t), Set.of())));
            cells.add(new Cell(figure + "|" + TOTAL, value.applyAsLong(total), atLeast, Set.of()));
            Sum sum = new Sum(figure + "|" + TOTAL, groups.keySet().stream().map(key -> figure + "|" + key).toList());
            Suppression.apply(cells, List.of(sum)).keySet()
                    .forEach(id -> withheld.add(id.substring(id.indexOf('|') + 1)));
        });
        return withheld;
    }

    // Runs stored before companies were counted: as one company, so the group stays withheld as it was.
    private static int companies(RunFigures.Tally t) {
        return t.companies() == null ? Disclosure.MIN_COMPANIES - 2 : t.companies();
    }
}
