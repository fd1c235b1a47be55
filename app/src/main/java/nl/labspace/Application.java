package nl.labspace;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import nl.labspace.account.JwtSecret;

@OpenAPIDefinition(
        info = @Info(title = "Labspace NL", version = "0.1",
                description = "Lab-space availability and matching for the Dutch life-sciences sector"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        JwtSecret.requireOrGenerateForDemo();
        Micronaut.run(Application.class, args);
    }
}
