package nl.labspace.home;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.listing.CampusOfferQuery;
import nl.labspace.db.market.MarketTotalsQuery;
import nl.labspace.insight.RegionInsightService;
import nl.labspace.search.FreshListings;
import nl.labspace.search.Places;

/**
 * The landing page: today's national totals of supply and demand, a quick search, and supply per province as a
 * map with the same figures in a table (GET /api/insight/national shows the same, with the same withholding).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class HomeController {

    private final MarketTotalsQuery totalsQuery;
    private final FreshListings fresh;
    private final RegionInsightService insight;
    private final Places places;
    private final CampusOfferQuery offers;

    HomeController(MarketTotalsQuery totalsQuery, FreshListings fresh, RegionInsightService insight, Places places,
                   CampusOfferQuery offers) {
        this.totalsQuery = totalsQuery;
        this.fresh = fresh;
        this.insight = insight;
        this.places = places;
        this.offers = offers;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> home() {
        Map<String, Object> model = new HashMap<>();
        model.put("totals", totalsQuery.totals(fresh.confirmedSince()));
        model.put("provinces", insight.national());
        model.put("towns", places.towns());
        // the map's markers: every campus, sized by the lab m² it offers now
        model.put("campusOffers", offers.all(fresh.confirmedSince()));
        model.put("radii", List.of(10, 25, 50, 100));
        model.put("containments", Vocabulary.CONTAINMENT);
        return new ModelAndView<>("home/home", model);
    }
}
