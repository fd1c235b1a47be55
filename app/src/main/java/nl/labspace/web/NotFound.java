package nl.labspace.web;

/** The object does not exist, or the caller may not know it exists (another tenant's): answered 404. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
