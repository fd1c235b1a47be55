package nl.labspace.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

/** Lets Micronaut's /login (browser form, answers with a cookie) check accounts in the database. */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final LoginService logins;

    DatabaseAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return logins.login(credentials.getIdentity(), credentials.getSecret(), Remote.of(request));
    }
}
