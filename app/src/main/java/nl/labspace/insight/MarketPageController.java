package nl.labspace.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.db.market.MarketDay;

/**
 * The public market page (no sign-in): the figures of the country and its provinces that pass the disclosure rule,
 * the day they describe, and a link to the same figures with their breakdowns as CSV: what a journalist would quote.
 */
@Controller("/market")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class MarketPageController {

    private final FigureMapService figures;

    MarketPageController(FigureMapService figures) {
        this.figures = figures;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page() {
        Cube cube = figures.cube();
        MarketFigures.Table table = MarketFigures.of(cube.regions(), figures.publicRows(cube.month().toString()));
        Map<String, Object> model = new HashMap<>();
        model.put("day", LocalDate.now(ZoneId.of(MarketDay.ZONE)));
        model.put("columns", MarketFigures.COLUMNS);
        model.put("national", table.national());
        model.put("provinces", table.provinces());
        model.put("ft", FigureText.INSTANCE);
        return new ModelAndView<>("insight/market", model);
    }
}
