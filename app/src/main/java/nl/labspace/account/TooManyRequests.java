package nl.labspace.account;

/** A client or an email address asked too often: answered 429 with Retry-After (seconds). */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(String what, long retryAfterSeconds) {
        super("too many requests %s; try again in %d seconds".formatted(what, retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
