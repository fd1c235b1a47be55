package nl.labspace.db.insight;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

import java.util.Arrays;
import java.util.List;

import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Why a need was left unmatched, as insight names it: the binding rule the engine stored in the proposal's
 * explanation (explanation.reason.kind, the engine's Reason variant), one word per rule. UNKNOWN is a proposal stored
 * without an explanation.
 */
public enum UnmetReason {
    NO_CAMPUS_IN_REACH("NoCampusInReach", "no-campus-in-reach"),
    NO_SPACE_OF_CLASS("NoLabClass", "no-space-of-class"),
    MISSING_FEATURES("MissingFeatures", "missing-features"),
    OVER_BUDGET("RentAboveMax", "over-budget"),
    OVER_MAX_AREA("AreaAboveMax", "over-max-area"),
    TIMING("NoTiming", "timing"),
    NOT_ENOUGH_AREA("NotEnoughArea", "not-enough-area"),
    TAKEN_BY_OTHERS("AllOptionsTaken", "taken-by-others"),
    FREE_OPTION_UNUSED("FreeOptionUnused", "free-option-unused"),
    UNKNOWN(null, "unknown");

    public static final List<String> CODES = Arrays.stream(values()).map(UnmetReason::code).toList();

    private final String kind;
    private final String code;

    UnmetReason(String kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The reason's word for a stored explanation (proposal.explanation). */
    static Field<String> of(Field<JSONB> explanation) {
        Field<String> kind = field("{0} -> 'reason' ->> 'kind'", SQLDataType.VARCHAR, explanation);
        CaseValueStep<String> cases = DSL.choose(kind);
        CaseWhenStep<String, String> step = null;
        for (UnmetReason r : values()) {
            if (r.kind != null) {
                step = step == null ? cases.when(inline(r.kind), inline(r.code)) : step.when(inline(r.kind), inline(r.code));
            }
        }
        return step.otherwise(inline(UNKNOWN.code));
    }
}
