package nl.labspace.web;

/** The request is valid but the state of the market refuses it now (a stale proposal, a unit taken): 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
