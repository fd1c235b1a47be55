package nl.labspace.web;

/** The caller's role may not do this: 403. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
