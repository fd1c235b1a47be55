package nl.labspace.insight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
 * the day they describe, and the same figures with their breakdowns as CSV, the figures a journalist would quote.
 */
@Controller("/market")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class MarketPageController {

    static final String TEXT_CSV = "text/csv";

    private final FigureMapService figures;

    MarketPageController(FigureMapService figures) {
        this.figures = figures;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page() {
        Cube cube = figures.cube();
        Map<String, Object> model = new HashMap<>();
        model.put("day", LocalDate.now(ZoneId.of(MarketDay.ZONE)));
        model.put("columns", MarketFigures.COLUMNS);
        model.put("national", MarketFigures.national(cube));
        model.put("provinces", MarketFigures.provinces(cube));
        model.put("ft", FigureText.INSTANCE);
        return new ModelAndView<>("insight/market", model);
    }

    @Get("/figures.csv")
    @Produces(TEXT_CSV)
    HttpResponse<String> csv() {
        Cube cube = figures.cube();
        String day = LocalDate.now(ZoneId.of(MarketDay.ZONE)).toString();
        return HttpResponse.ok(MarketCsv.write(MarketFigures.tidy(cube))).contentType(TEXT_CSV + ";charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"labspace-market-%s.csv\"".formatted(day));
    }
}
