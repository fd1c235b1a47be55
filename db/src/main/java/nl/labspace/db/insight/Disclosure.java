package nl.labspace.db.insight;

/**
 * The one disclosure rule of every aggregate: a cell's figures are shown only when they come from at least
 * MIN_COMPANIES distinct companies, so that no figure points at one company (three needs of one company are still
 * one company). An empty cell (no company) is shown as zero: it names nobody.
 */
public final class Disclosure {

    public static final int MIN_COMPANIES = 3;

    private Disclosure() {
    }

    /** Whether a cell built from this many distinct companies may be shown. */
    public static boolean shows(int distinctCompanies) {
        return distinctCompanies == 0 || distinctCompanies >= MIN_COMPANIES;
    }

    /** As shows, for a count a store may not have kept (figures stored before companies were counted): withheld. */
    public static boolean shows(Integer distinctCompanies) {
        return distinctCompanies != null && shows(distinctCompanies.intValue());
    }
}
