package nl.labspace.web;

/** The request's sign-in no longer stands (the account was removed or disabled): 401. */
public class NotSignedIn extends RuntimeException {
    public NotSignedIn(String message) {
        super(message);
    }
}
