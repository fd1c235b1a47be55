package nl.labspace.insight.whatif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.Sum;

/** Adds up a result's cells (value and the distinct companies behind it) and collects their additive relations. */
final class Tally {

    private final Map<String, Long> values = new LinkedHashMap<>();
    private final Map<String, Set<UUID>> companies = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();

    /** A cell that exists even when nothing is added to it (an empty cell shows 0). */
    void open(String id) {
        values.putIfAbsent(id, 0L);
        companies.putIfAbsent(id, new HashSet<>());
    }

    void add(String id, long value, UUID company) {
        open(id);
        values.merge(id, value, Long::sum);
        companies.get(id).add(company);
    }

    /** A cell derived from another, from the same companies (a ratio of it). */
    void derive(String id, long value, String from) {
        values.put(id, value);
        companies.put(id, new HashSet<>(companies.getOrDefault(from, Set.of())));
    }

    boolean has(String id) {
        return values.containsKey(id);
    }

    long value(String id) {
        return values.getOrDefault(id, 0L);
    }

    /** total = sum of the parts that exist (a part never added to is zero). */
    void sum(String total, List<String> parts) {
        List<String> present = parts.stream().filter(values::containsKey).toList();
        if (has(total) && !present.isEmpty()) {
            sums.add(new Sum(total, present));
        }
    }

    List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        values.forEach((id, value) -> {
            Set<UUID> from = companies.get(id);
            cells.add(new Cell(id, value, from.size(), from.size() < Disclosure.MIN_COMPANIES ? from : Set.of()));
        });
        return cells;
    }

    List<Sum> sums() {
        return List.copyOf(sums);
    }
}
