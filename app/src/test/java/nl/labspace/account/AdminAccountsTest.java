package nl.labspace.account;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_Y;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Admins create accounts and change roles; every change is audited, takes effect at once, and bad input writes nothing. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AdminAccountsTest extends TestMarketTest {

    private String adminToken;

    @BeforeAll
    void market() throws Exception {
        adminToken = http.token(ADMIN);
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        Reply created = createAccount(newAccount("manager-new@test.nl", PASSWORD,
                "{\"role\":\"campus-manager\",\"campusIds\":[\"test-campus-b\"]}"));

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> account = http.object(created);
        assertThat(account).containsEntry("email", "manager-new@test.nl").containsEntry("role", Roles.CAMPUS_MANAGER)
                .containsEntry("locked", false);
        assertThat(created.headers().get(HttpHeaders.LOCATION)).isEqualTo("/api/admin/accounts/" + account.get("id"));
        assertThat(http.object(http.get("/api/me", http.token("manager-new@test.nl"))).get("campusIds"))
                .isEqualTo(List.of(TestMarket.CAMPUS_B));
        assertThat(lastAudit("account.created")).containsEntry("actor", ADMIN).containsEntry("subject", "manager-new@test.nl")
                .containsEntry("detail", "campus-manager of [test-campus-b]");
    }

    @Test
    void aRoleChangeIsAuditedFromOldToNewRole() {
        String email = "switcher@test.nl";
        UUID id = accounts.create("test", email, "Switcher", PASSWORD, new AccountBinding(Roles.COMPANY, null, COMPANY_Y, null, false));
        String switcherToken = http.token(email);

        Reply changed = changeRole(id, "{\"role\":\"fund-manager\",\"regionCodes\":[\"PV27\"]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(http.object(changed)).containsEntry("role", Roles.FUND_MANAGER).containsEntry("wholeCountry", false);
        assertThat(lastAudit("account.role-changed")).containsEntry("actor", ADMIN).containsEntry("subject", email)
                .containsEntry("detail", "company -> fund-manager of [PV27]");
        assertThat(http.get("/api/me", switcherToken).status()).as("a new role ends the sessions of the old one").isEqualTo(401);
        Map<String, Object> me = http.object(http.get("/api/me", http.token(email)));
        assertThat(me).containsEntry("role", Roles.FUND_MANAGER).containsEntry("regionCodes", List.of("PV27"));
        assertThat(me.get("companyId")).isNull();
    }

    @Test
    void aChangedBindingTakesEffectForTheSameToken() {
        String fundToken = http.token(FUND_ZH);
        UUID fund = accountId(FUND_ZH);
        assertThat(http.get("/api/insight/regions/PV27", fundToken).status()).isEqualTo(404);

        changeRole(fund, "{\"role\":\"fund-manager\",\"regionCodes\":[\"PV28\",\"PV27\"]}");
        assertThat(http.get("/api/insight/regions/PV27", fundToken).status()).as("after adding PV27").isEqualTo(200);

        changeRole(fund, "{\"role\":\"fund-manager\",\"regionCodes\":[\"PV28\"]}");
        assertThat(http.get("/api/insight/regions/PV27", fundToken).status()).as("after removing PV27 again").isEqualTo(404);
    }

    record BadAccount(String problem, String body, String field, String value) {
        @Override
        public String toString() {
            return problem;
        }
    }

    static Stream<BadAccount> badAccounts() {
        return Stream.of(
                new BadAccount("unknown role", newAccount("bad-1@test.nl", PASSWORD, "{\"role\":\"superuser\"}"),
                        "binding.role", "superuser"),
                new BadAccount("unknown campus", newAccount("bad-2@test.nl", PASSWORD,
                        "{\"role\":\"campus-manager\",\"campusIds\":[\"test-campus-a\",\"no-such-campus\"]}"),
                        "binding.campusIds[1]", "no-such-campus"),
                new BadAccount("company role without company", newAccount("bad-3@test.nl", PASSWORD, "{\"role\":\"company\"}"),
                        "binding.companyId", null),
                new BadAccount("password one short", newAccount("bad-4@test.nl", "elevenchars", "{\"role\":\"admin\"}"),
                        "password", "(hidden)"),
                new BadAccount("email in use, other case", newAccount("MANAGER-A@test.nl", PASSWORD, "{\"role\":\"admin\"}"),
                        "email", "MANAGER-A@test.nl"),
                new BadAccount("not an email address", newAccount("not-an-email", PASSWORD, "{\"role\":\"admin\"}"),
                        "email", "not-an-email"),
                new BadAccount("blank display name", "{\"email\":\"bad-5@test.nl\",\"displayName\":\" \",\"password\":\"%s\",\"binding\":{\"role\":\"admin\"}}".formatted(PASSWORD),
                        "displayName", " "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAccounts")
    void badInputIsRefusedNamingFieldAndValueAndWritesNothing(BadAccount bad) {
        long accountsBefore = sql.count("account");
        long bindingsBefore = sql.count("account_campus");
        long auditBefore = sql.count("audit_event WHERE action = 'account.created'");

        Reply refused = createAccount(bad.body());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = http.object(refused);
        assertThat(problem.get("detail").toString()).startsWith(bad.field() + " ")
                .contains(bad.value() == null ? "was missing" : "was '" + bad.value() + "'");
        assertThat((List<?>) problem.get("invalidParams")).singleElement()
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("name")).isEqualTo(bad.field()))
                .satisfies(p -> assertThat(((Map<?, ?>) p).get("value")).isEqualTo(bad.value()));
        assertThat(refused.body()).doesNotContain("elevenchars");
        assertThat(sql.count("account")).isEqualTo(accountsBefore);
        assertThat(sql.count("account_campus")).isEqualTo(bindingsBefore);
        assertThat(sql.count("audit_event WHERE action = 'account.created'")).isEqualTo(auditBefore);
    }

    @Test
    void aRefusedRoleChangeKeepsTheOldBinding() {
        String email = "steady@test.nl";
        UUID id = accounts.create("test", email, "Steady", PASSWORD,
                new AccountBinding(Roles.CAMPUS_MANAGER, List.of(TestMarket.CAMPUS_A), null, null, false));

        Reply refused = changeRole(id, "{\"role\":\"campus-manager\",\"campusIds\":[\"no-such-campus\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(http.object(refused).get("detail").toString()).contains("campusIds").contains("'no-such-campus'");
        assertThat(http.object(http.get("/api/me", http.token(email))).get("campusIds")).isEqualTo(List.of(TestMarket.CAMPUS_A));
        assertThat(sql.count("audit_event WHERE action = 'account.role-changed' AND subject = '" + email + "'")).isZero();
    }

    @Test
    void aDemotedAdminLosesAdminRightsAtOnce() {
        String email = "deputy@test.nl";
        UUID deputy = accounts.create("test", email, "Deputy", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        String deputyToken = http.token(email);
        assertThat(http.get("/api/admin/accounts", deputyToken).status()).isEqualTo(200);

        changeRole(deputy, "{\"role\":\"fund-manager\",\"wholeCountry\":true}");

        assertThat(http.get("/api/admin/accounts", deputyToken).status()).isIn(401, 403);
        assertThat(createAccount(newAccount("sneaky@test.nl", PASSWORD, "{\"role\":\"admin\"}"), deputyToken).status()).isIn(401, 403);
    }

    private static String newAccount(String email, String password, String binding) {
        return "{\"email\":\"%s\",\"displayName\":\"New account\",\"password\":\"%s\",\"binding\":%s}".formatted(email, password, binding);
    }

    private Reply createAccount(String body) {
        return createAccount(body, adminToken);
    }

    private Reply createAccount(String body, String token) {
        return http.send(HttpRequest.POST("/api/admin/accounts", body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    private Reply changeRole(UUID account, String binding) {
        return http.send(HttpRequest.PUT("/api/admin/accounts/" + account + "/role", binding)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(adminToken));
    }

    private UUID accountId(String email) {
        return accounts.all().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow().id();
    }

    private Map<String, Object> lastAudit(String action) {
        return http.list(http.get("/api/admin/audit?action=" + action + "&limit=1", adminToken)).get(0);
    }
}
