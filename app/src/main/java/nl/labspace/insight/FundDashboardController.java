package nl.labspace.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.NotFound;

/**
 * The fund manager's dashboard: one figure of the cube across the regions of a level, as a choropleth with its legend
 * and the same figures as a table (the page works as that table without script); the figure of one region broken
 * down by class, GMP, quarter, size band or reason, and its trend, as charts drawn from tables; where the demand of the
 * regions followed goes. Same query words as the GeoJSON export, which the map draws from.
 */
@Controller("/console/fund")
@Secured(Roles.FUND_MANAGER)
@Hidden
class FundDashboardController {

    private final FigureMapService figures;
    private final DashboardSections sections;
    private final Viewers viewers;

    FundDashboardController(FigureMapService figures, DashboardSections sections, Viewers viewers) {
        this.figures = figures;
        this.sections = sections;
        this.viewers = viewers;
    }

    @Get("{?level,figure,facet,period,region}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String level, @Nullable @QueryValue String figure,
                                           @Nullable @QueryValue String facet, @Nullable @QueryValue String period,
                                           @Nullable @QueryValue String region, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FigureQuery asked = FigureQuery.of(level, figure == null ? FigureGroups.FIRST.code() : figure, facet, period);
        Figure chosen = asked.figure().orElseThrow();
        FigureMapService.FigureRows rows = figures.rows(viewer, chosen);
        Cube cube = rows.cube();
        RegionScope scope = new RegionScope(cube.regions());
        List<String> periods = DashboardFigures.periods(rows.rows(), cube.month());
        String when = asked.period().orElse(periods.get(0));
        List<String> facets = DashboardFigures.facets(rows.rows(), when);
        FigureLayer layer = DashboardFigures.layer(cube.regions(), viewer, asked.level().code(), chosen, asked.facet(), when, rows.rows());
        String focus = focus(region, viewer, cube, scope);

        Map<String, Object> model = new HashMap<>();
        model.put("levels", RegionKind.CODES);
        model.put("level", asked.level().code());
        model.put("groups", FigureGroups.ALL);
        model.put("figure", chosen);
        model.put("facets", facets.contains(asked.facet()) ? facets : append(facets, asked.facet()));
        model.put("facet", asked.facet());
        model.put("periods", periods.contains(when) ? periods : append(periods, when));
        model.put("period", when);
        model.put("layer", layer);
        model.put("bands", ChoroplethBands.of(layer.shownValues()));
        model.put("ft", FigureText.INSTANCE);
        model.put("geojson", exportUrl(asked, chosen, when));
        model.put("regions", chartRegions(cube, viewer, layer, scope));
        model.put("region", focus);
        // a name goes into a formatted sentence, which reads a straight quote as quoting ('s-Gravenhage)
        model.put("regionName", focus == null ? "" : cube.regions().names().getOrDefault(focus, focus).replace('\'', '\u2019'));
        model.put("breakdown", focus == null ? List.of() : DashboardFigures.breakdown(rows.rows(), focus, when));
        model.put("flowStages", FlowStage.CODES);
        model.put("flows", sections.flows(viewer, asked.level().code(), cube.regions()));
        model.put("trends", sections.trends(viewer, chosen, asked.facet(), focus, cube.regions()).orElse(null));
        return new ModelAndView<>("insight/fund", model);
    }

    /**
     * The region whose figure the charts break down: the one asked for, else the country, else the first followed;
     * none for an account that follows no region.
     */
    @Nullable
    private static String focus(@Nullable String region, Viewer viewer, Cube cube, RegionScope scope) {
        if (region != null) {
            if (!cube.regions().names().containsKey(region) || !scope.reads(viewer, region)) {
                throw new NotFound("region %s does not exist".formatted(region));
            }
            return region;
        }
        return scope.reads(viewer, CellKey.COUNTRY) ? CellKey.COUNTRY
                : viewer.regionCodes().stream().filter(code -> scope.reads(viewer, code)).sorted().findFirst().orElse(null);
    }

    /** The regions the charts may break down: the country or the regions followed, then those of the map's level. */
    private static List<FigureLayer.Place> chartRegions(Cube cube, Viewer viewer, FigureLayer layer, RegionScope scope) {
        Map<String, FigureLayer.Place> regions = new java.util.LinkedHashMap<>();
        List<String> first = new java.util.ArrayList<>(List.of(CellKey.COUNTRY));
        viewer.regionCodes().stream().sorted().forEach(first::add);
        first.stream().filter(code -> scope.reads(viewer, code))
                .forEach(code -> regions.put(code, new FigureLayer.Place(code, InsightFigures.name(cube.regions(), code), null, null)));
        layer.places().forEach(p -> regions.putIfAbsent(p.code(), p));
        return List.copyOf(regions.values());
    }

    private static String exportUrl(FigureQuery query, Figure figure, String period) {
        return UriBuilder.of("/api/insight/figures.geojson").queryParam("level", query.level().code())
                .queryParam("figure", figure.code()).queryParam("facet", query.facet()).queryParam("period", period)
                .toString();
    }

    private static List<String> append(List<String> list, String more) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }
}
