package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.MANAGER_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.matching.RunDriver;
import org.junit.jupiter.api.Test;

/**
 * The kept cube follows the market within the allowed lag: writes outside the market (a sign-in) leave the market's
 * version and the cube as they are; a published unit moves the version once, the next reader gets the last cube at
 * once and starts a rebuild, and the figure follows without another write. {@link InsightCube#exact()} never lags.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.insight.max-lag-seconds", value = "60")
class InsightCubeLagTest extends TestMarketTest {

    private static final String SUPPLY_NL = "/api/insight/figures?level=country&figure=supply-lab-m2";

    @Inject
    InsightCube cube;

    @Test
    void figuresFollowAPublishedUnitWithinTheLagAndSignInsDoNotMoveTheMarket() throws Exception {
        long before = supply();
        long version = version();

        http.token(MANAGER_B); // a sign-in writes an audit line, not the market
        assertThat(version()).isEqualTo(version);

        new RunDriver(http).publishUnit(http.token(MANAGER_B), CAMPUS_B, "Lag bench", 250, "2027-01");
        assertThat(version()).as("one transaction, one step, however many rows it wrote").isEqualTo(version + 1);

        assertThat(supply()).as("the reader right after the write gets the kept cube").isEqualTo(before);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        long now = supply();
        while (now == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            now = supply();
        }
        assertThat(now).as("the background rebuild brings the unit in").isEqualTo(before + 250);
    }

    @Test
    void theExactCubeNeverLags() {
        long before = supply();
        new RunDriver(http).publishUnit(http.token(MANAGER_B), CAMPUS_B, "Exact bench", 120, "2027-01");

        Cube exact = cube.exact();
        assertThat(exact.shown(CellKey.of(Figure.SUPPLY_LAB_M2, CellKey.COUNTRY, exact.month().toString())))
                .contains(before + 120);
    }

    private long version() {
        return Long.parseLong(sql.column("SELECT version FROM market_version").get(0));
    }

    private long supply() {
        Reply reply = http.get(SUPPLY_NL + "&period=" + sql.column("SELECT to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')").get(0),
                http.token(ADMIN));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return http.list(reply).stream().filter(r -> "all".equals(r.get("facet"))).mapToLong(r -> ((Number) r.get("value")).longValue())
                .findFirst().orElseThrow();
    }
}
