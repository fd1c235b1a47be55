package nl.labspace.db.enquiry;

/** The two sides of a thread, as enquiry_message.side stores them. */
public enum EnquirySide {
    COMPANY("company"),
    CAMPUS("campus");

    private final String code;

    EnquirySide(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean is(String stored) {
        return code.equals(stored);
    }

    public EnquirySide other() {
        return this == COMPANY ? CAMPUS : COMPANY;
    }
}
