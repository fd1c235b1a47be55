package nl.labspace.db.insight;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides which cells of one published table are withheld: first every cell the disclosure rule withholds, then
 * (complementary suppression) enough further cells that no Sum lets a reader recover a withheld one, nor the total
 * of several withheld ones when together they still come from fewer than Disclosure.MIN_COMPANIES companies.
 */
public final class Suppression {

    private Suppression() {
    }

    /** The withheld cells by id, with why; cells not in the answer are shown. */
    public static Map<String, Withheld> apply(Collection<Cell> cells, Collection<Sum> sums) {
        // Primary suppression only, for now: complementary suppression follows (issue 18 point 7).
        Map<String, Withheld> withheld = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (!cell.isPublic() && !Disclosure.shows(cell.companies())) {
                withheld.put(cell.id(), Withheld.FEW_COMPANIES);
            }
        }
        return withheld;
    }
}
