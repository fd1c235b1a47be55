package nl.labspace.home;

import java.text.NumberFormat;
import java.util.Locale;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ProblemResponses;
import nl.labspace.db.market.MarketTotalsQuery;
import nl.labspace.db.market.MarketTotalsQuery.MarketTotals;
import nl.labspace.search.FreshListings;

/** The landing page: what the marketplace is, and today's national totals of supply and demand. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    private final MarketTotalsQuery totalsQuery;
    private final FreshListings fresh;
    private final String template = Templates.read("/views/home.html");

    HomeController(MarketTotalsQuery totalsQuery, FreshListings fresh) {
        this.totalsQuery = totalsQuery;
        this.fresh = fresh;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    @Tag(name = "pages")
    @Operation(operationId = "homePage", summary = "The landing page (HTML)",
            description = "What the marketplace is, and today's national totals of fresh supply and open demand.")
    @ApiResponse(responseCode = "200", description = "The landing page", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    String home() {
        MarketTotals totals = totalsQuery.totals(fresh.confirmedSince());
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
}
