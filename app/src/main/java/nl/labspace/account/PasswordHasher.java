package nl.labspace.account;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

/** bcrypt; a login for an unknown account still spends one verification, so timing does not reveal accounts. */
@Singleton
public class PasswordHasher {

    private final int cost;
    private final String decoy;

    PasswordHasher(SecurityConfiguration configuration) {
        this.cost = configuration.bcryptCost();
        this.decoy = hash("decoy password that matches nothing");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void spendDecoyVerification(String password) {
        matches(password, decoy);
    }
}
