package nl.labspace.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.Sum;
import nl.labspace.db.insight.Suppression;
import nl.labspace.db.insight.Withheld;

/**
 * Which groups of a run's published figures (home provinces, and the needs without one) are withheld: those the
 * disclosure rule refuses, then, measure by measure, enough others that the national line minus the shown groups
 * gives none back (Suppression along national = the sum of the groups). A group is withheld whole when any of its
 * measures is. The national line is always published: when only it could protect a group, every group is withheld.
 */
final class RunDisclosure {

    /** The group of the needs without a home province. */
    static final String WITHOUT = "without";
    private static final String NATIONAL = "national";

    private record Measure(String name, ToLongFunction<RunFigures.Tally> value) {
    }

    private static final List<Measure> MEASURES = List.of(new Measure("needs", RunFigures.Tally::needs),
            new Measure("matchedNeeds", RunFigures.Tally::matchedNeeds),
            new Measure("askedM2", RunFigures.Tally::askedM2), new Measure("servedM2", RunFigures.Tally::servedM2));

    private RunDisclosure() {
    }

    /** The keys (province codes, WITHOUT) of the groups to withhold. */
    static Set<String> withheld(Map<String, RunFigures.Tally> groups) {
        Set<String> answer = new TreeSet<>();
        for (Measure m : MEASURES) {
            List<Cell> cells = new ArrayList<>();
            long national = 0;
            for (Map.Entry<String, RunFigures.Tally> g : groups.entrySet()) {
                long value = m.value().applyAsLong(g.getValue());
                cells.add(new Cell(id(m, g.getKey()), value, companies(g.getValue()), Set.of()));
                national += value;
            }
            cells.add(new Cell(id(m, NATIONAL), national, Disclosure.MIN_COMPANIES, Set.of()));
            Sum line = new Sum(id(m, NATIONAL), groups.keySet().stream().map(k -> id(m, k)).toList());
            Map<String, Withheld> withheld = Suppression.apply(cells, List.of(line));
            if (withheld.containsKey(id(m, NATIONAL))) {
                return new TreeSet<>(groups.keySet());
            }
            withheld.keySet().forEach(id -> answer.add(id.substring(m.name().length() + 1)));
        }
        return answer;
    }

    /** Runs stored before companies were counted: unknown, so withheld as if one company. */
    private static int companies(RunFigures.Tally t) {
        return t.companies() == null ? 1 : t.companies();
    }

    private static String id(Measure m, String group) {
        return m.name() + "|" + group;
    }
}
