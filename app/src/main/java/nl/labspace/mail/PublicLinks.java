package nl.labspace.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * Absolute links for mails: the public base URL (labspace.public-url, env LABSPACE_PUBLIC_URL, e.g.
 * https://labspace.nl) and a path. Unset, the running server's own address is used (right for the demo and tests).
 */
@Singleton
public class PublicLinks {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicLinks(@Nullable @Value("${labspace.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured;
        this.server = server;
    }

    /** The base URL followed by path ("/reset?token=..." or "reset?token=..."). */
    public String absolute(String path) {
        String base = base();
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    private String base() {
        String base = configured == null || configured.isBlank() ? server.get().getURL().toString() : configured.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
