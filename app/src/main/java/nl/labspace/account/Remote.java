package nl.labspace.account;

import io.micronaut.http.HttpRequest;

/** The client address recorded in the audit log. */
final class Remote {

    private Remote() {
    }

    static String of(HttpRequest<?> request) {
        return request == null ? null : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
