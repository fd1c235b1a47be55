package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A small published table for suppression tests: cells named for their role, sums, and the answer of apply. */
final class Table {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    final Map<String, Cell> cells = new LinkedHashMap<>();
    final List<Sum> sums = new ArrayList<>();

    /** A cell from these few companies (primary suppression withholds it). */
    Table few(String id, long value, UUID... companies) {
        return put(new Cell(id, value, companies.length, Set.of(companies)));
    }

    /** A cell from this many companies (3 or more: shown unless a complement). */
    Table many(String id, long value, int companies) {
        return put(new Cell(id, value, companies, Set.of()));
    }

    Table many(String id, long value) {
        return many(id, value, 5);
    }

    /** A cell no company fills. */
    Table empty(String id) {
        return put(new Cell(id, 0, 0, Set.of()));
    }

    Table open(String id, long value) {
        return put(Cell.ofPublic(id, value));
    }

    Table sum(String total, String... parts) {
        sums.add(new Sum(total, List.of(parts)));
        return this;
    }

    Map<String, Withheld> suppress() {
        return Suppression.apply(cells.values(), sums);
    }

    private Table put(Cell cell) {
        cells.put(cell.id(), cell);
        return this;
    }
}
