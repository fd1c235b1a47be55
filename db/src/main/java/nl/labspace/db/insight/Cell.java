package nl.labspace.db.insight;

import java.util.Set;
import java.util.UUID;

/**
 * One figure of a published table before disclosure: its value and the companies it comes from. Only the count of
 * distinct companies is kept, and their ids only while there are fewer than Disclosure.MIN_COMPANIES of them: that is
 * all suppression needs to know whether withheld cells taken together still point at fewer than three companies.
 * A figure that comes from no company (supply: campuses publish it) has companies == PUBLIC and is never withheld.
 *
 * @param id        unique within one table, e.g. "demand-lab-m2|PV28|2026-Q4|containment:ML-II"
 * @param companies distinct companies behind the value, or PUBLIC
 * @param few       their ids when 0 < companies < MIN_COMPANIES, otherwise empty
 */
public record Cell(String id, long value, int companies, Set<UUID> few) {

    public static final int PUBLIC = -1;

    public Cell {
        few = Set.copyOf(few);
    }

    public static Cell ofPublic(String id, long value) {
        return new Cell(id, value, PUBLIC, Set.of());
    }

    public boolean isPublic() {
        return companies == PUBLIC;
    }
}
