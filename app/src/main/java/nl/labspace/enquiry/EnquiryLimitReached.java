package nl.labspace.enquiry;

import java.util.List;

import nl.labspace.web.Reason;

/** A limit against abuse is reached (enquiries per company per day, messages per thread per day): 429, nothing written. */
class EnquiryLimitReached extends RuntimeException {

    private final transient Reason code;
    private final transient List<String> values;

    EnquiryLimitReached(String subject, Reason code, Object... values) {
        super(subject + " " + code.english(Reason.values(values)));
        this.code = code;
        this.values = Reason.values(values);
    }

    Reason code() {
        return code;
    }

    List<String> values() {
        return values;
    }
}
