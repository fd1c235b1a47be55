package nl.labspace.account;

import java.util.UUID;

import io.micronaut.security.token.claims.JtiGenerator;
import jakarta.inject.Singleton;

/** Gives every token an id, so that a signed-out token can be refused before it expires. */
@Singleton
class RandomJtiGenerator implements JtiGenerator {

    @Override
    public String generateJtiClaim() {
        return UUID.randomUUID().toString();
    }
}
