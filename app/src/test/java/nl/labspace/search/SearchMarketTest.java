package nl.labspace.search;

import javax.sql.DataSource;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import nl.labspace.account.AccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the search tests: the SearchMarket fixture loaded once per class and a caller for the API. Subclasses
 * are @MicronautTest(transactional = false) with FixedToday set to SearchMarket.TODAY_TEXT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchMarketTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    Reply.Caller api;

    @BeforeAll
    void market(AccountService accounts) throws Exception {
        SearchMarket.create(dataSource, accounts);
        api = new Reply.Caller(client, mapper);
    }
}
