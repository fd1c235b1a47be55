package nl.labspace.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.transaction.annotation.Transactional;
import nl.labspace.db.market.MarketTotalsQuery;
import nl.labspace.db.market.MarketTotalsQuery.MarketTotals;
import org.jooq.DSLContext;

/** The landing page: what the marketplace is, and today's national totals of supply and demand. */
@Controller
class HomeController {

    private final DSLContext dsl;
    private final String template = readTemplate();

    HomeController(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    String home() {
        MarketTotals totals = new MarketTotalsQuery(dsl).totals();
        return template
                .replace("{{campuses}}", number(totals.campuses()))
                .replace("{{availableUnits}}", number(totals.availableUnits()))
                .replace("{{availableLabM2}}", number(totals.availableLabM2()))
                .replace("{{plannedUnits}}", number(totals.plannedUnits()))
                .replace("{{openNeeds}}", number(totals.openNeeds()))
                .replace("{{openNeedLabM2}}", number(totals.openNeedLabM2()));
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(value);
    }

    private static String readTemplate() {
        try (InputStream in = HomeController.class.getResourceAsStream("/views/home.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
