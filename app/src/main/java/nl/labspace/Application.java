package nl.labspace;

import io.micronaut.runtime.Micronaut;
import nl.labspace.account.JwtSecret;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        JwtSecret.requireOrGenerateForDemo();
        Micronaut.run(Application.class, args);
    }
}
