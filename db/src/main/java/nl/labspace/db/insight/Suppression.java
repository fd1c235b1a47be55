package nl.labspace.db.insight;

import java.util.Collection;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which cells of one published table are withheld, so that a reader who subtracts along the table's Sums
 * recovers no withheld figure.
 *
 * <p><b>Primary:</b> every non-public cell the disclosure rule refuses (1 or 2 distinct companies) is withheld.
 *
 * <p><b>Complementary:</b> then, until nothing changes, every Sum (total = parts) is audited on its own. A reader
 * who sees the shown cells of a Sum learns one number about its withheld cells, and the Sum is safe when that number
 * pins down none of them:
 * <ul>
 *   <li>total shown: the reader learns the sum of the withheld parts. It must hold at least two non-zero withheld
 *       parts (one alone would be recovered; a part of value 0 hides nothing, since every figure is at least 0 and
 *       the difference would equal the other part exactly), and those non-zero parts must come from at least
 *       Disclosure.MIN_COMPANIES companies together (two hidden parts of the same two companies are still two
 *       companies);</li>
 *   <li>total withheld: the reader learns the total minus the withheld parts. At least one part must be withheld
 *       with it, and a non-zero one unless the total is 0, or the total is recovered.</li>
 * </ul>
 * When a Sum is not safe one more cell of it is withheld, the one that loses least: a shown non-zero part, smallest
 * value first, then fewest companies, then id (so the answer never depends on the order of the input); the total only
 * when no part can serve (every other part public or zero); a part of value 0 only when a withheld total of 0 has no
 * other part. A public cell is never withheld, nor is a cell no company fills chosen while another can serve. Every
 * Sum holding a newly withheld cell is audited again, so chains (a COROP region withheld to protect a province, then
 * the province's other figures, then its quarter) settle. Each round withholds one more cell or finds a Sum safe, so
 * it ends after at most cells x sums-per-cell rounds.
 *
 * <p>A derived figure (a ratio of a company figure to a public one, in thousandths) is declared as a Sum whose parts
 * are the company cells it is computed from: suppression uses only which cells a Sum ties together and that their
 * values are not negative, so "ratio x public figure = parts" audits like any sum, and a ratio is withheld whenever
 * its input is (and the other way round).
 *
 * <p>Ids a Sum names but no cell has are read as empty cells shown as 0. A Sum that cannot be made safe (a withheld
 * part whose only companions are public cells under a public total) means the cube's cells and sums disagree: that
 * throws rather than publish a recoverable figure.
 *
 * <p><b>Every Sum at once:</b> a reader who adds and subtracts several Sums can solve more than one subtraction
 * gives (on random cubes the one-Sum audit left a cell of few companies determined in about one cube of six). So the
 * audit then solves the whole system as that reader would (Determination: exact elimination per group of withheld
 * cells tied by Sums) and, while it determines a cell withheld for few companies that is not 0, withholds the
 * cheapest shown cell next to it and audits the Sums one by one again. A complementary cell may still be determined:
 * it comes from three companies or more, so knowing it discloses nobody.
 *
 * <p><b>Known limits:</b> no protection interval (a withheld cell is known to lie between 0 and what a subtraction
 * gives), no dominance rule (one company holding most of a cell of three), and a combination of several withheld
 * cells of few companies (not one cell) that the Sums determine is not looked for beyond a single Sum.
 */
public final class Suppression {

    private static final Logger LOG = LoggerFactory.getLogger(Suppression.class);

    private Suppression() {
    }

    /** The withheld cells by id, with why, in the order the cells were given; cells not in the answer are shown. */
    public static Map<String, Withheld> apply(Collection<Cell> cells, Collection<Sum> sums) {
        Audit audit = new Audit(cells, sums);
        audit.withholdPrimary();
        audit.complete();
        audit.completeSystem();
        if (!audit.exposed().isEmpty()) {
            // only the public cells around them determine these: no cell that may be withheld would help
            LOG.warn("{} cells of few companies are determined by public figures alone: {}", audit.exposed().size(),
                    audit.exposed());
        }
        return audit.withheld();
    }
}
