package nl.labspace.account;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token-signing secret comes from LABSPACE_JWT_SECRET. Demo mode may run without one: it then signs with a
 * fresh random secret, so demo sessions end when the demo stops. Anything else refuses to start without it.
 */
public final class JwtSecret {

    static final String VARIABLE = "LABSPACE_JWT_SECRET";
    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final int MIN_LENGTH = 32;

    private JwtSecret() {
    }

    public static void requireOrGenerateForDemo() {
        String secret = System.getenv(VARIABLE);
        boolean demo = "true".equalsIgnoreCase(System.getenv("LABSPACE_DEMO_ENABLED"));
        if (secret != null && !secret.isBlank()) {
            if (secret.length() < MIN_LENGTH) {
                fail("%s must be at least %d characters, was %d".formatted(VARIABLE, MIN_LENGTH, secret.length()));
            }
        } else if (demo) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            System.setProperty(PROPERTY, HexFormat.of().formatHex(random));
        } else {
            fail("%s is not set: give it a random value of at least %d characters (e.g. openssl rand -hex 32)"
                    .formatted(VARIABLE, MIN_LENGTH));
        }
    }

    private static void fail(String message) {
        System.err.println("Labspace NL cannot start: " + message);
        System.exit(78);
    }
}
