package nl.labspace.search;

import java.time.LocalDate;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** A fixed calendar day for tests that set labspace.test.today (e.g. to SearchMarket.TODAY_TEXT). */
@Singleton
@Replaces(Today.class)
@Requires(property = FixedToday.PROPERTY)
class FixedToday extends Today {

    static final String PROPERTY = "labspace.test.today";

    private final LocalDate date;

    FixedToday(@Value("${" + PROPERTY + "}") String day) {
        this.date = LocalDate.parse(day);
    }

    @Override
    public LocalDate date() {
        return date;
    }
}
