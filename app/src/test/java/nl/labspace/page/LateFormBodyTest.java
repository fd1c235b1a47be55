package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import org.junit.jupiter.api.Test;

/**
 * A browser may send a form's body a moment after its headers. The form token's check then waits for the body
 * instead of answering early: such forms were answered 503 with an empty page (a CsrfFilter returning a
 * CompletableFuture that completed later), about every other time Chromium posted a console form.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class LateFormBodyTest extends TestMarketTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aFormWhoseBodyArrivesAfterItsHeadersIsAnsweredAsAlways() throws Exception {
        String jwt = FormSession.signIn(http, TestMarket.MANAGER_A).jwt();
        String token = "&_csrf=" + FormSession.FORM_TOKEN;
        String cookies = "JWT=" + jwt + "; " + CsrfFilter.COOKIE + "=" + FormSession.FORM_TOKEN;
        assertThat(statusLine("/login", "username=" + TestMarket.MANAGER_A + "&password=correct+horse+battery" + token,
                CsrfFilter.COOKIE + "=" + FormSession.FORM_TOKEN)).contains(" 303 ");
        assertThat(statusLine("/console/campus/campuses/" + TestMarket.CAMPUS_A + "/profile", "website=https://late.example.nl" + token,
                cookies)).contains(" 303 ");
        assertThat(statusLine("/console/campus/campuses/" + TestMarket.CAMPUS_A + "/profile", "website=https://late.example.nl",
                cookies)).as("no token: refused, also when late").contains(" 403 ");
    }

    /** Sends the headers, waits 150 ms, then the body; answers the status line. */
    private String statusLine(String path, String body, String cookies) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + bytes.length + "\r\nCookie: " + cookies + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(150);
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(64);
            return new String(answer, StandardCharsets.US_ASCII).split("\r\n", 2)[0];
        }
    }
}
