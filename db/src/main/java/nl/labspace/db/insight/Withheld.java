package nl.labspace.db.insight;

/** Why a cell is not shown. */
public enum Withheld {
    /** It comes from fewer than Disclosure.MIN_COMPANIES distinct companies. */
    FEW_COMPANIES("few-companies"),
    /** It would let a reader recover a withheld cell by subtraction along a Sum. */
    COMPLEMENTARY("complementary");

    private final String code;

    Withheld(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
