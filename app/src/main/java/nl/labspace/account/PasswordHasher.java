package nl.labspace.account;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

/** bcrypt; a login for an unknown account still spends one verification, so timing does not reveal accounts. */
@Singleton
public class PasswordHasher {

    /** bcrypt reads the first 72 bytes of a password and ignores the rest, so a longer one is refused, not cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;
    private final String decoy;

    PasswordHasher(SecurityConfiguration configuration) {
        this.cost = configuration.bcryptCost();
        this.decoy = hash("decoy password that matches nothing");
    }

    public String hash(String password) {
        if (!fits(password)) {
            throw new IllegalArgumentException("a password over %d bytes cannot be hashed".formatted(MAX_PASSWORD_BYTES));
        }
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** Whether bcrypt reads all of it; a longer password was never stored, so it matches nothing. */
    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    boolean matches(String password, String hash) {
        if (!fits(password)) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void spendDecoyVerification(String password) {
        matches(fits(password) ? password : "", decoy);
    }
}
