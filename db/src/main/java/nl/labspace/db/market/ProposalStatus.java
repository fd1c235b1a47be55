package nl.labspace.db.market;

import java.util.Arrays;
import java.util.List;

/** A proposal's status as the schema stores it (proposal.status, V11 and V13). */
public enum ProposalStatus {
    OPEN("open"),
    UNMATCHED("unmatched"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    CONFIRMED("confirmed"),
    CAMPUS_DECLINED("campus-declined"),
    SUPERSEDED("superseded"),
    VOID("void");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(ProposalStatus::code).toList();

    private final String code;

    ProposalStatus(String code) {
        this.code = code;
    }

    /** The word as the schema stores it. */
    public String code() {
        return code;
    }

    /** Whether a stored status is this one. */
    public boolean is(String stored) {
        return code.equals(stored);
    }
}
