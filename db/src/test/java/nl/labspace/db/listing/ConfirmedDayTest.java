package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.labspace.db.RolledBackTest;
import nl.labspace.db.market.RentCover;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit's confirmation day is the Dutch calendar day whatever the database session's time zone: freshness is
 * judged by that day. The session here runs 13 hours ahead of Amsterdam, so its current_date is the next day for
 * most of a Dutch day (and the test could not fail between midnight and 11:00 in Amsterdam).
 */
class ConfirmedDayTest extends RolledBackTest {

    private static final UnitValues SUITE = new UnitValues("Suite A", 300, 120, "ML-II", "none", List.of(),
            LocalDate.of(2027, 1, 1), null, new BigDecimal("325"), 12, null, "available", null,
            RentCover.DEFAULT);

    private UnitCommands commands;

    @BeforeEach
    void aCampusInASessionFarAhead() {
        dsl.execute("""
                INSERT INTO campus (id, name, city, location, province_code, corop_code, rom_code)
                VALUES ('test-leiden', 'Test campus', 'Leiden',
                        ST_SetSRID(ST_MakePoint(4.4650, 52.1687), 4326)::geography, 'PV20', 'CR01', 'NOM')""");
        dsl.execute("SET LOCAL TIME ZONE 'Pacific/Kiritimati'");
        commands = new UnitCommands(dsl);
    }

    @Test
    void publishingEditingAndReconfirmingWriteTheDutchDay() {
        LocalDate dutchToday = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        UUID id = commands.insert("test-leiden", SUITE);
        assertThat(confirmed(id)).as("published").isEqualTo(dutchToday);

        dsl.update(UNIT).set(UNIT.LAST_CONFIRMED, LocalDate.of(2026, 1, 1)).where(UNIT.ID.eq(id)).execute();
        commands.reconfirm(id);
        assertThat(confirmed(id)).as("reconfirmed").isEqualTo(dutchToday);

        dsl.update(UNIT).set(UNIT.LAST_CONFIRMED, LocalDate.of(2026, 1, 1)).where(UNIT.ID.eq(id)).execute();
        commands.update(id, 0, SUITE);
        assertThat(confirmed(id)).as("edited").isEqualTo(dutchToday);
    }

    private LocalDate confirmed(UUID id) {
        return dsl.select(UNIT.LAST_CONFIRMED).from(UNIT).where(UNIT.ID.eq(id)).fetchSingle(UNIT.LAST_CONFIRMED);
    }
}
