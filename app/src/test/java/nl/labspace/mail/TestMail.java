package nl.labspace.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test's process, on a free port of its own, and the app's mail settings
 * pointing at it. Use it as
 * <pre>
 * &#64;MicronautTest(transactional = false)
 * class SomeMailTest extends TestMarketTest implements TestPropertyProvider {
 *     &#64;RegisterExtension
 *     static final TestMail mail = TestMail.start();
 *
 *     &#64;Override
 *     public Map&lt;String, String&gt; getProperties() {
 *         return mail.properties();
 *     }
 *     ... ReceivedMail m = mail.awaitTo("someone@test.nl", "account-invite");
 * }
 * </pre>
 * The server stops after the class (a JUnit extension); {@link #stop()} and {@link #restart()} act out an outage.
 */
public final class TestMail implements AfterAllCallback {

    public static final Duration WAIT = Duration.ofSeconds(15);

    private final int port;
    private GreenMail server;

    private TestMail(int port) {
        this.port = port;
    }

    /** A running server on a free port. */
    public static TestMail start() {
        TestMail mail = new TestMail(freePort());
        mail.restart();
        return mail;
    }

    /** The app's settings for this server: plain SMTP, a quick sender and short retries. */
    public Map<String, String> properties() {
        return Map.of("labspace.mail.smtp.host", "127.0.0.1",
                "labspace.mail.smtp.port", String.valueOf(port),
                "labspace.mail.smtp.security", "none",
                "labspace.mail.poll-interval", "100ms",
                "labspace.mail.first-retry", "200ms",
                "labspace.mail.max-retry", "1s");
    }

    public int port() {
        return port;
    }

    /** Stops the server: the app's deliveries fail until {@link #restart()}. Received mails are forgotten. */
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts the server again on the same port (with an empty inbox), or starts it when stopped. */
    public void restart() {
        stop();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Forgets the mails received so far. */
    public void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail received so far, oldest first (a mail to two addresses counts once per address). */
    public List<ReceivedMail> received() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::read).toList();
    }

    /** The received mails that match, once there are at least count of them, within {@link #WAIT}. */
    public List<ReceivedMail> await(int count, Predicate<ReceivedMail> which) {
        Instant until = Instant.now().plus(WAIT);
        while (true) {
            List<ReceivedMail> found = received().stream().filter(which).toList();
            if (found.size() >= count || Instant.now().isAfter(until)) {
                if (found.size() < count) {
                    throw new AssertionError("expected %d matching mail(s) within %s, got %d; received: %s"
                            .formatted(count, WAIT, found.size(), received()));
                }
                return found;
            }
            pause(50);
        }
    }

    /** The one mail of kind to address, waited for. */
    public ReceivedMail awaitTo(String address, String kind) {
        return await(1, m -> m.isTo(address) && m.kind().equals(kind)).get(0);
    }

    /** Waits a while and returns what matched by then, for tests that a mail is not sent or not sent twice. */
    public List<ReceivedMail> settle(Duration wait, Predicate<ReceivedMail> which) {
        pause(wait.toMillis());
        return received().stream().filter(which).toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            return ReceivedMail.of(message);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
