package nl.labspace.account;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_Y;
import static nl.labspace.TestMarket.FUND_ZH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.page.CsrfFilter;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin console's accounts and audit pages over HTTP as a browser uses them (session cookie, form token): the
 * forms follow the API's rules and audit entries exactly, a bad form writes nothing and answers 400 with the error
 * at its field, and the audit log filters and pages through its address.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AdminConsolePagesTest extends TestMarketTest {

    private static final String FORM_TOKEN = "admin-console-token-0123456789abcdefghijklm";

    private String admin;

    @BeforeAll
    void signIn() {
        admin = session(ADMIN);
    }

    @Test
    void theAccountsPageListsAccountsWithTheirBindings() {
        Reply page = page("/console/admin/accounts", admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"accounts-table\"").contains(TestMarket.MANAGER_A).contains(CAMPUS_A)
                .contains("Xylo Therapeutics").contains("PV28").contains("id=\"account-form\"")
                .contains("name=\"" + CsrfFilter.FIELD + "\"").contains("href=\"/console/admin/audit\"");
    }

    @Test
    void anAnonymousBrowserOpeningTheAdminPagesIsSentToSignIn() {
        for (String page : java.util.List.of("/console/admin/accounts", "/console/admin/audit?action=login.")) {
            Reply reply = http.send(HttpRequest.GET(page).accept(MediaType.TEXT_HTML_TYPE));
            assertThat(reply.status()).as(page).isEqualTo(303);
            assertThat(reply.headers().get(HttpHeaders.LOCATION)).isEqualTo("/login");
        }
    }

    @Inject
    EmbeddedServer server;

    /**
     * A browser often sends a form's body after its headers; the form token is then read from a body that arrives
     * late (it answered an empty 503 when the filter read the body itself).
     */
    @Test
    void aFormWhoseBodyArrivesAfterItsHeadersIsAnsweredAsAnyOther() throws Exception {
        String body = "_csrf=" + FORM_TOKEN + "&email=late%40test.nl&password=short&role=admin";
        try (Socket socket = new Socket("localhost", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /console/admin/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\nCookie: JWT=" + admin + "; " + CsrfFilter.COOKIE + "=" + FORM_TOKEN
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(20_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: text/html");
        }
    }

    @Test
    void aCreateFormSentTwiceCreatesOnce() {
        String once = java.util.UUID.randomUUID().toString();
        String body = "email=twice%40test.nl&displayName=Twice&password=long+enough+password&role=admin&once=" + once;
        assertThat(form("/console/admin/accounts", body, admin).headers().get(HttpHeaders.LOCATION))
                .isEqualTo("/console/admin/accounts?done=account-created");
        assertThat(form("/console/admin/accounts", body, admin).headers().get(HttpHeaders.LOCATION))
                .isEqualTo("/console/admin/accounts?done=already");
        assertThat(sql.column("SELECT count(*)::text FROM audit_event WHERE action = 'account.created' AND subject = 'twice@test.nl'"))
                .containsExactly("1");
        assertThat(page("/console/admin/accounts", admin).body()).containsPattern("name=\"once\" value=\"[0-9a-f-]{36}\"");
    }

    @Test
    void aBadFormSaysTheRuleInThePagesLanguage() {
        Reply dutch = http.send(withCookies(HttpRequest.POST("/console/admin/accounts", "email=x%40test.nl&displayName=X"
                + "&password=long+enough+password&role=company&_csrf=" + FORM_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header(HttpHeaders.ACCEPT_LANGUAGE, "nl"), admin));
        assertThat(dutch.body()).contains("is verplicht voor de rol Bedrijf");
        Reply english = http.send(withCookies(HttpRequest.POST("/console/admin/accounts", "email=x%40test.nl&displayName=X"
                + "&password=long+enough+password&role=company&_csrf=" + FORM_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), admin));
        assertThat(english.body()).contains("is required for the role Company");
    }

    @Test
    void anAdminCreatesAnAccountAsTheApiDoesAuditedAsAccountCreated() {
        Reply created = form("/console/admin/accounts", "email=new-campus%40test.nl&displayName=New+Campus"
                + "&password=" + TestMarket.PASSWORD.replace(" ", "+") + "&role=campus-manager&campusIds=" + CAMPUS_A + "&companyId=&regionCodes=", admin);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        assertThat(created.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/admin/accounts?done=account-created");
        assertThat(sql.column("SELECT role || ' ' || display_name FROM account WHERE email = 'new-campus@test.nl'"))
                .containsExactly("campus-manager New Campus");
        assertThat(sql.column("SELECT campus_id FROM account_campus JOIN account ON account.id = account_id "
                + "WHERE email = 'new-campus@test.nl'")).containsExactly(CAMPUS_A);
        assertThat(sql.column("SELECT actor || ' ' || detail FROM audit_event WHERE action = 'account.created' "
                + "AND subject = 'new-campus@test.nl'")).containsExactly(ADMIN + " campus-manager of [" + CAMPUS_A + "]");
        assertThat(page("/console/admin/accounts?done=account-created", admin).body()).contains("id=\"console-message\"");
        assertThat(session("new-campus@test.nl")).isNotBlank();
    }

    @Test
    void aBadAccountFormNamesTheFieldKeepsTheValuesButNotThePasswordAndWritesNothing() {
        long audited = sql.count("audit_event");
        Reply bad = form("/console/admin/accounts", "email=keep-me%40test.nl&displayName=Keep+Me"
                + "&password=too-short&role=company&companyId=&campusIds=&regionCodes=PV28", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"keep-me@test.nl\"").contains("value=\"Keep Me\"")
                .contains("id=\"e-password\"").containsPattern("id=\"a-password\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"a-password\"[^>]*aria-describedby=\"e-password")
                .contains("id=\"form-problem\"").doesNotContain("too-short");
        assertThat(sql.column("SELECT count(*)::text FROM account WHERE email = 'keep-me@test.nl'")).containsExactly("0");

        Reply binding = form("/console/admin/accounts", "email=keep-me%40test.nl&displayName=Keep+Me"
                + "&password=long+enough+password&role=company&companyId=&campusIds=&regionCodes=PV28", admin);
        assertThat(binding.status()).isEqualTo(400);
        assertThat(binding.body()).containsPattern("id=\"a-companyId\"[^>]*aria-invalid=\"true\"").contains("id=\"a-e-companyId\"")
                .containsPattern("<option value=\"company\" selected")
                .contains("value=\"PV28\"").doesNotContain("long enough password");

        Reply taken = form("/console/admin/accounts", "email=" + FUND_ZH.replace("@", "%40") + "&displayName=Again"
                + "&password=long+enough+password&role=admin", admin);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("id=\"e-email\"").contains("is al in gebruik");

        Reply malformed = form("/console/admin/accounts", "email=not-an-email&displayName=&password=long+enough+password"
                + "&role=nobody", admin);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"e-email\"").contains("id=\"e-displayName\"");
        assertThat(sql.count("audit_event")).as("nothing audited").isEqualTo(audited);
        assertThat(sql.column("SELECT count(*)::text FROM account WHERE email IN ('keep-me@test.nl', 'not-an-email')"))
                .containsExactly("0");
    }

    @Test
    void anAdminChangesARoleAsTheApiDoesAuditedAsRoleChanged() {
        String id = sql.column("SELECT id::text FROM account WHERE email = '" + TestMarket.COMPANY_Y_USER + "'").get(0);
        Reply form = page("/console/admin/accounts?edit=" + id, admin);
        assertThat(form.body()).contains("id=\"role-form\"").contains("/console/admin/accounts/" + id + "/role")
                .containsPattern("<option value=\"" + COMPANY_Y + "\" selected");

        Reply bad = form("/console/admin/accounts/" + id + "/role", "role=fund-manager&regionCodes=PV99", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).containsPattern("id=\"c-regionCodes\"[^>]*aria-invalid=\"true\"").contains("value=\"PV99\"")
                .contains("id=\"c-e-regionCodes\"");
        assertThat(sql.column("SELECT role FROM account WHERE id = '" + id + "'")).containsExactly("company");

        // the company the form still shows from the old role is left behind, not an error
        Reply changed = form("/console/admin/accounts/" + id + "/role", "role=fund-manager&regionCodes=PV28%2C+PV27&companyId="
                + TestMarket.COMPANY_Y, admin);
        assertThat(changed.status()).as(changed.body()).isEqualTo(303);
        assertThat(changed.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/admin/accounts?done=role-changed");
        assertThat(sql.column("SELECT role FROM account WHERE id = '" + id + "'")).containsExactly("fund-manager");
        assertThat(sql.column("SELECT actor || ': ' || detail FROM audit_event WHERE action = 'account.role-changed' "
                + "AND subject = '" + TestMarket.COMPANY_Y_USER + "'"))
                .containsExactly(ADMIN + ": company -> fund-manager of [PV28, PV27]");
        assertThat(page("/console/admin/accounts/", admin).status()).isIn(200, 404);
        assertThat(form("/console/admin/accounts/00000000-0000-0000-0000-00000000ffff/role", "role=admin", admin).status())
                .isEqualTo(404);
    }

    @Test
    void theAuditLogFiltersByActionWhoAndDateAndPagesInItsAddress() {
        for (int i = 0; i < 60; i++) {
            sql.execute("INSERT INTO audit_event (actor, action, subject, at) VALUES ('pager@test.nl', 'test.paged', 'item "
                    + i + "', now() - interval '" + (60 - i) + " seconds')");
        }
        sql.execute("INSERT INTO audit_event (actor, action, subject, at) VALUES ('pager@test.nl', 'test.old', 'old', '2020-01-15T12:00:00Z')");
        Reply first = page("/console/admin/audit?action=test.paged&actor=PAGER", admin);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("id=\"audit-table\"").contains("item 59<").contains("item 10<").doesNotContain("item 9<")
                .contains("/console/admin/audit?action=test.paged&amp;actor=PAGER&amp;page=2")
                .containsPattern("<option value=\"test.paged\" selected");
        assertThat(first.body().split("<tr role=\"row\">").length - 2).as("rows on page 1").isEqualTo(50);
        Reply second = page("/console/admin/audit?action=test.paged&actor=PAGER&page=2", admin);
        assertThat(second.body()).contains("item 9<").contains("item 0<").doesNotContain("item 10<").contains("aria-current=\"page\"");
        assertThat(second.body().split("<tr role=\"row\">").length - 2).as("rows on page 2").isEqualTo(10);

        Reply dated = page("/console/admin/audit?actor=pager%40test.nl&from=2020-01-15&to=2020-01-15", admin);
        assertThat(dated.body()).contains(">old<").doesNotContain("item 1<");
        Reply none = page("/console/admin/audit?actor=pager%40test.nl&from=2020-01-16&to=2020-01-20", admin);
        assertThat(none.body()).doesNotContain("id=\"audit-table\"").contains("id=\"audit-count\"");

        Reply bad = page("/console/admin/audit?from=15-01-2020&to=2020-01-14&action=login.", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).containsPattern("id=\"f-from\"[^>]*value=\"15-01-2020\"")
                .containsPattern("id=\"f-from\"[^>]*aria-invalid=\"true\"").contains("id=\"e-from\"");
        Reply backwards = page("/console/admin/audit?from=2020-01-15&to=2020-01-14", admin);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("id=\"e-to\"").contains("mag niet vóór de begindatum liggen");
    }

    @Test
    void theAuditLogNamesEachActionInThePagesLanguageAndKeepsTheKey() {
        sql.execute("INSERT INTO audit_event (actor, action, subject, detail) VALUES ('words@test.nl', 'login.failed', 'words@test.nl',"
                + " 'failure 1 of 5'), ('words@test.nl', 'test.unheard-of', 'words@test.nl', 'raw detail')");
        Reply dutch = http.send(withCookies(HttpRequest.GET("/console/admin/audit?actor=words%40test.nl"), admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nl-NL"));
        assertThat(dutch.body()).contains(">Aanmelden mislukt<").contains("mislukte poging 1 van 5")
                .containsPattern("<code class=\"action-key\"[^>]*>login.failed</code>")
                .contains("<code>test.unheard-of</code>").contains("raw detail").doesNotContain("??")
                .containsPattern("<option value=\"login.failed\"[^>]*>Aanmelden mislukt \\(login.failed\\)</option>");
        Reply english = http.send(withCookies(HttpRequest.GET("/console/admin/audit?actor=words%40test.nl"), admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"));
        assertThat(english.body()).contains(">Sign-in failed<").contains("failed attempt 1 of 5").doesNotContain("??");
    }

    /** Signs in through the form as a browser does; answers the session cookie's value. */
    private String session(String email) {
        var login = HttpRequest.POST("/login", "username=" + email + "&password=" + TestMarket.PASSWORD.replace(" ", "+")
                + "&_csrf=" + FORM_TOKEN).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN));
        Reply reply = http.send(login);
        assertThat(reply.status()).isEqualTo(303);
        String jwt = reply.headers().getAll(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JWT="))
                .findFirst().orElseThrow();
        return jwt.substring(4).split(";", 2)[0];
    }

    private Reply page(String path, String session) {
        return http.send(withCookies(HttpRequest.GET(path), session));
    }

    private Reply form(String path, String body, String session) {
        return http.send(withCookies(HttpRequest.POST(path, body + "&_csrf=" + FORM_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), session));
    }

    private static <T> MutableHttpRequest<T> withCookies(MutableHttpRequest<T> request, String session) {
        return request.cookies(Set.of(Cookie.of("JWT", session), Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN)));
    }
}
