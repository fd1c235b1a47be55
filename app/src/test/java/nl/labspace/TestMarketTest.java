package nl.labspace;

import javax.sql.DataSource;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import nl.labspace.account.AccountService;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the API tests over {@link TestMarket}: the market loaded once per class (before any @BeforeAll of the
 * subclass), an HTTP helper and direct SQL. Subclasses are @MicronautTest(transactional = false).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TestMarketTest {

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected JsonMapper json;

    @Inject
    protected DataSource dataSource;

    @Inject
    protected AccountService accounts;

    protected TestHttp http;
    protected TestSql sql;

    @BeforeAll
    protected void loadTestMarket() throws Exception {
        TestMarket.create(dataSource, accounts);
        http = new TestHttp(client, json);
        sql = new TestSql(dataSource);
    }
}
