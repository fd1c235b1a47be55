package nl.labspace.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An attacker's notebook: every value it has read (by cell, "figure|region|period|facet" or an endpoint's own key),
 * every cell it saw withheld, and the additive relations it knows from the published geography, breakdowns and
 * calendar. It subtracts along the relations until it learns nothing more (each value it recovers is used again, in
 * any relation, across endpoints), and it tries the differences that leave several cells unknown too.
 */
final class Differencing {

    /** total = Σ parts, as the attacker knows it (not as the server declares it). */
    record Relation(String total, List<String> parts) {
    }

    /** A value the attacker computed for a cell it was not shown, and how. */
    record Recovered(String cell, long value, String how) {
    }

    final Map<String, Long> shown = new HashMap<>();
    final Set<String> withheld = new TreeSet<>();
    final List<String> contradictions = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();

    /** Notes what one endpoint said of a cell: a value, or null when it withholds it. */
    void read(String cell, Long value, String where) {
        if (value == null) {
            withheld.add(cell);
            return;
        }
        Long before = shown.put(cell, value);
        if (before != null && !before.equals(value)) {
            contradictions.add("%s is %d in %s but %d elsewhere".formatted(cell, value, where, before));
        }
    }

    /** Whether every one of these cells was read somewhere, shown or withheld. */
    boolean knowsOf(List<String> cells) {
        return cells.stream().allMatch(c -> shown.containsKey(c) || withheld.contains(c));
    }

    void relate(String total, List<String> parts) {
        relations.add(new Relation(total, List.copyOf(parts)));
    }

    /** Subtracts along every relation, again and again, with everything learnt so far. */
    Map<String, Recovered> subtractAll() {
        Map<String, Long> known = new HashMap<>(shown);
        withheld.forEach(known::remove);
        Map<String, Recovered> recovered = new LinkedHashMap<>();
        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (Relation r : relations) {
                List<String> unknown = new ArrayList<>();
                if (!known.containsKey(r.total())) {
                    unknown.add(r.total());
                }
                r.parts().stream().filter(p -> !known.containsKey(p)).forEach(unknown::add);
                if (unknown.size() != 1) {
                    continue;
                }
                String cell = unknown.get(0);
                long partsKnown = r.parts().stream().filter(known::containsKey).mapToLong(known::get).sum();
                long value = cell.equals(r.total()) ? partsKnown : known.get(r.total()) - partsKnown;
                known.put(cell, value);
                recovered.put(cell, new Recovered(cell, value, describe(r, cell)));
                learnt = true;
            }
        }
        return recovered;
    }

    /**
     * The one-subtraction differences that leave several cells unknown: total minus the known parts is the sum of the
     * unknown parts, a number the attacker then holds against each of them.
     */
    List<Recovered> partialDifferences() {
        List<Recovered> out = new ArrayList<>();
        for (Relation r : relations) {
            if (!shown.containsKey(r.total()) || withheld.contains(r.total())) {
                continue;
            }
            List<String> unknown = r.parts().stream().filter(p -> !shown.containsKey(p) || withheld.contains(p)).toList();
            if (unknown.size() < 2) {
                continue;
            }
            long difference = shown.get(r.total()) - r.parts().stream().filter(p -> !unknown.contains(p))
                    .mapToLong(shown::get).sum();
            unknown.forEach(cell -> out.add(new Recovered(cell, difference, describe(r, cell))));
        }
        return out;
    }

    private static String describe(Relation r, String cell) {
        return cell.equals(r.total()) ? "the sum of %s".formatted(r.parts()) : "%s minus the other parts of %s"
                .formatted(r.total(), r.parts());
    }
}
