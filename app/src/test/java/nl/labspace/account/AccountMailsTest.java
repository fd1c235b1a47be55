package nl.labspace.account;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.labspace.TestMarketTest;
import nl.labspace.access.ApiClient;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.mail.ReceivedMail;
import nl.labspace.mail.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts by email through the API: an invitation's mailed link sets the first password once; a reset link works
 * once and only until it expires; the reset answer never tells whether an account exists; a password change ends the
 * account's other sessions. Every step is audited and every mail goes through the outbox to a real SMTP server.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AccountMailsTest extends TestMarketTest implements TestPropertyProvider {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @jakarta.inject.Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @Test
    void anInvitedManagerChoosesAPasswordFromTheMailedLinkAndSignsIn() {
        Reply invited = post("/api/admin/invitations", """
                {"email":"invitee@test.nl","displayName":"Ina Vite","language":"en",
                 "binding":{"role":"campus-manager","campusIds":["test-campus-b"]}}""", http.token(ADMIN));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(http.object(invited)).containsEntry("email", "invitee@test.nl").containsEntry("role", Roles.CAMPUS_MANAGER);
        ReceivedMail invite = mail.awaitTo("invitee@test.nl", "account-invite");
        assertThat(invite.to()).containsExactly("invitee@test.nl");
        assertThat(invite.subject()).isEqualTo("Your invitation to Labspace NL");
        assertThat(invite.text()).startsWith("Dear Ina Vite,").contains("with the role Campus manager");
        String link = invite.link("/password/set?token=");
        assertThat(link).startsWith(server.getURL() + "/password/set?token=");
        assertThat(signIn("invitee@test.nl", NEW_PASSWORD)).as("no password before the link is used").isEqualTo(401);

        assertThat(post("/api/auth/password", setPassword(tokenOf(link), NEW_PASSWORD), null).status()).isEqualTo(204);

        String token = ApiClient.token(client, "invitee@test.nl", NEW_PASSWORD);
        assertThat(http.object(http.get("/api/me", token)).get("campusIds")).isEqualTo(List.of("test-campus-b"));
        assertThat(audit("account.invited", "invitee@test.nl")).containsExactly(ADMIN);
        assertThat(audit("password.set", "invitee@test.nl")).hasSize(1);
    }

    @Test
    void aMailedLinkWorksOnce() {
        String link = resetLink(FUND_ZH);
        assertThat(post("/api/auth/password", setPassword(tokenOf(link), NEW_PASSWORD), null).status()).isEqualTo(204);

        Reply again = post("/api/auth/password", setPassword(tokenOf(link), "yet another passphrase"), null);

        assertRefusedToken(again);
        assertThat(signIn(FUND_ZH, NEW_PASSWORD)).isEqualTo(200);
        assertThat(signIn(FUND_ZH, "yet another passphrase")).isEqualTo(401);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String link = resetLink(COMPANY_Y_USER);
        // an hour passes (the reset link's validity)
        sql.execute("UPDATE account_token SET created_at = created_at - interval '2 hours', expires_at = now() - interval '1 second'");

        assertRefusedToken(post("/api/auth/password", setPassword(tokenOf(link), NEW_PASSWORD), null));
        assertThat(signIn(COMPANY_Y_USER, PASSWORD)).as("the old password still works").isEqualTo(200);
    }

    @Test
    void aResetSetsANewPasswordAndEndsTheOldSessions() {
        String email = "resetter@test.nl";
        accounts.create("test", email, "Re Setter", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        String oldSession = http.token(email);

        Reply asked = post("/api/auth/password-reset", "{\"email\":\"RESETTER@test.nl\"}", null);

        assertThat(asked.status()).isEqualTo(202);
        ReceivedMail reset = mail.awaitTo(email, "password-reset");
        assertThat(reset.subject()).isEqualTo("Een nieuw wachtwoord voor Labspace NL");
        assertThat(reset.language()).isEqualTo("nl");
        assertThat(reset.text()).startsWith("Beste Re Setter,").contains("werkt één keer, tot");
        assertThat(post("/api/auth/password", setPassword(tokenOf(reset.link("/password/set?token=")), NEW_PASSWORD), null)
                .status()).isEqualTo(204);
        assertThat(http.get("/api/me", oldSession).status()).isEqualTo(401);
        assertThat(signIn(email, PASSWORD)).isEqualTo(401);
        assertThat(signIn(email, NEW_PASSWORD)).isEqualTo(200);
        assertThat(audit("password.reset-requested", email)).hasSize(1);
    }

    @Test
    void anAccountThatChoseEnglishGetsItsMailsInEnglish() {
        String email = "english@test.nl";
        accounts.create("test", email, "Eng Lish", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        assertThat(send(HttpRequest.PUT("/api/me/language", "{\"language\":\"en\"}"), http.token(email)).status()).isEqualTo(204);
        assertProblem(send(HttpRequest.PUT("/api/me/language", "{\"language\":\"fr\"}"), http.token(email)), "language", "fr");

        post("/api/auth/password-reset", "{\"email\":\"" + email + "\"}", null);

        ReceivedMail reset = mail.awaitTo(email, "password-reset");
        assertThat(reset.language()).isEqualTo("en");
        assertThat(reset.subject()).isEqualTo("A new password for Labspace NL");
        assertThat(reset.text()).startsWith("Dear Eng Lish,");
    }

    @Test
    void theResetAnswerDoesNotTellWhetherAnAccountExists() {
        Reply known = post("/api/auth/password-reset", "{\"email\":\"" + MANAGER_B + "\"}", null);
        Reply unknown = post("/api/auth/password-reset", "{\"email\":\"nobody-here@test.nl\"}", null);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.contentType()).isEqualTo(known.contentType());
        mail.awaitTo(MANAGER_B, "password-reset");
        assertThat(mail.settle(Duration.ofMillis(700), m -> m.isTo("nobody-here@test.nl"))).isEmpty();
        assertThat(sql.count("mail_outbox WHERE recipient = 'nobody-here@test.nl'")).isZero();
        assertThat(audit("password.reset-unknown", "nobody-here@test.nl")).hasSize(1);
    }

    @Test
    void changingThePasswordSignsOutTheOtherSessions() {
        String email = "changer@test.nl";
        accounts.create("test", email, "Chan Ger", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        String here = http.token(email);
        String elsewhere = http.token(email);

        Reply changed = send(HttpRequest.PUT("/api/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(PASSWORD, NEW_PASSWORD)), here);

        assertThat(changed.status()).isEqualTo(200);
        String renewed = http.object(changed).get("accessToken").toString();
        assertThat(http.get("/api/me", elsewhere).status()).isEqualTo(401);
        assertThat(http.get("/api/me", here).status()).isEqualTo(401);
        assertThat(http.get("/api/me", renewed).status()).as("the new token of this client").isEqualTo(200);
        assertThat(signIn(email, NEW_PASSWORD)).isEqualTo(200);
        assertThat(mail.awaitTo(email, "password-changed").link("/password/forgot")).endsWith("/password/forgot");
        assertThat(audit("password.changed", email)).containsExactly(email);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String email = "careful@test.nl";
        accounts.create("test", email, "Care Ful", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        String session = http.token(email);

        Reply refused = send(HttpRequest.PUT("/api/me/password",
                "{\"currentPassword\":\"not my password\",\"newPassword\":\"%s\"}".formatted(NEW_PASSWORD)), session);

        assertProblem(refused, "currentPassword", "(hidden)");
        assertThat(refused.body()).doesNotContain("not my password");
        assertThat(http.get("/api/me", session).status()).isEqualTo(200);
        assertThat(signIn(email, PASSWORD)).isEqualTo(200);
        assertThat(audit("password.change-refused", email)).hasSize(1);
    }

    @Test
    void badInvitationsNameFieldAndValueAndWriteNothing() {
        long accountsBefore = sql.count("account");
        long mailsBefore = sql.count("mail_outbox");
        String admin = http.token(ADMIN);

        assertProblem(post("/api/admin/invitations", """
                {"email":"x1@test.nl","displayName":"X","language":"de","binding":{"role":"admin"}}""", admin), "language", "de");
        assertProblem(post("/api/admin/invitations", """
                {"email":"x2@test.nl","displayName":"X","binding":{"role":"superuser"}}""", admin), "binding.role", "superuser");
        assertProblem(post("/api/admin/invitations", """
                {"email":"MANAGER-B@test.nl","displayName":"X","binding":{"role":"admin"}}""", admin), "email", "MANAGER-B@test.nl");
        assertProblem(post("/api/auth/password", setPassword("no-such-token", "short"), null), "password", "(hidden)");

        assertThat(sql.count("account")).isEqualTo(accountsBefore);
        assertThat(sql.count("mail_outbox")).isEqualTo(mailsBefore);
    }

    private String resetLink(String email) {
        mail.purge();
        assertThat(post("/api/auth/password-reset", "{\"email\":\"" + email + "\"}", null).status()).isEqualTo(202);
        return mail.awaitTo(email, "password-reset").link("/password/set?token=");
    }

    private void assertRefusedToken(Reply reply) {
        assertProblem(reply, "token", "(hidden)");
    }

    private void assertProblem(Reply reply, String field, String value) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat((List<?>) http.object(reply).get("invalidParams")).singleElement()
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("name")).isEqualTo(field))
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("value")).isEqualTo(value));
    }

    private List<String> audit(String action, String subject) {
        return sql.column("SELECT coalesce(actor, '') FROM audit_event WHERE action = '%s' AND lower(subject) = lower('%s')"
                .formatted(action, subject));
    }

    private int signIn(String email, String password) {
        return send(HttpRequest.POST("/api/auth/token", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)), null)
                .status();
    }

    static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String setPassword(String token, String password) {
        return "{\"token\":\"%s\",\"password\":\"%s\"}".formatted(token, password);
    }

    private Reply post(String path, String body, String token) {
        return send(HttpRequest.POST(path, body), token);
    }

    private Reply send(io.micronaut.http.MutableHttpRequest<?> request, String token) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE);
        return http.send(token == null ? request : request.bearerAuth(token));
    }
}
