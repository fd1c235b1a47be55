package nl.labspace.db.market;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a company withdrew a need (need.withdraw_reason, V17): the documented vocabulary behind lost demand. A company
 * may not say; such needs, and every need withdrawn before the question was asked, are UNKNOWN.
 */
public enum WithdrawReason {
    FOUND_VIA_LABSPACE("found-via-labspace"),
    FOUND_ELSEWHERE_NL("found-elsewhere-nl"),
    WENT_ABROAD("went-abroad"),
    PLANS_CHANGED("plans-changed"),
    OTHER("other"),
    UNKNOWN("unknown");

    /** The words a company may give (unknown is what not answering records). */
    public static final List<String> GIVEN = Arrays.stream(values()).filter(r -> r != UNKNOWN).map(WithdrawReason::code).toList();

    private final String code;

    WithdrawReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A reason a company gave, or empty when the word is not one of GIVEN. */
    public static Optional<WithdrawReason> given(String code) {
        return Arrays.stream(values()).filter(r -> r != UNKNOWN && r.code.equals(code)).findFirst();
    }

    /** Lost demand: withdrawn without having found space through Labspace (not saying counts as lost). */
    public boolean lost() {
        return this != FOUND_VIA_LABSPACE;
    }
}
