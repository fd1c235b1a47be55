package nl.labspace.web;

import java.util.List;

/**
 * The request is valid but the state of the market refuses it now (a stale proposal, a unit taken): 409. The detail
 * names the object ("proposal 7f3c...") followed by the reason's English words; pages word the code instead.
 */
public class Conflict extends RuntimeException {

    private final transient Reason code;
    private final transient List<String> values;

    public Conflict(String subject, Reason code, Object... values) {
        this(subject, code, Reason.values(values));
    }

    private Conflict(String subject, Reason code, List<String> values) {
        this(subject + " " + code.english(values), code, values, true);
    }

    private Conflict(String detail, Reason code, List<String> values, boolean worded) {
        super(detail);
        this.code = code;
        this.values = values;
    }

    /**
     * The same refusal with what an API client may want to read besides (a proposal's status reason, stored in
     * English): added to the detail only, pages word the code and its values.
     */
    public Conflict because(String englishDetail) {
        return englishDetail == null || englishDetail.isBlank() ? this
                : new Conflict(getMessage() + " (" + englishDetail + ")", code, values, true);
    }

    public Reason code() {
        return code;
    }

    public List<String> values() {
        return values;
    }
}
