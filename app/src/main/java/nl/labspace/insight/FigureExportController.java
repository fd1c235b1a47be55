package nl.labspace.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** The choropleth export: the cube's figures per region as GeoJSON polygons, for QGIS and the dashboard's map. */
@Controller("/api/insight")
@Tag(name = "insight")
class FigureExportController {

    private final FigureMapService figures;
    private final RegionShapes shapes;
    private final Viewers viewers;
    private final JsonMapper json;

    FigureExportController(FigureMapService figures, RegionShapes shapes, Viewers viewers, JsonMapper json) {
        this.figures = figures;
        this.shapes = shapes;
        this.viewers = viewers;
        this.json = json;
    }

    @Get(value = "/figures.geojson{?level,figure,facet,period}", produces = FigureGeoJson.MEDIA_TYPE)
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "exportFigureMap", summary = "Figures per region as GeoJSON polygons (choropleth)",
            description = "For fund managers (the regions they follow, and the COROP regions and provinces inside them) "
                    + "and admins (every region). An RFC 7946 FeatureCollection: one Feature per region of the level, its "
                    + "polygon in WGS84 (CBS boundaries 2024, generalised), its code as the id, and as properties its code, "
                    + "name, level, the period and the facet, then per figure its value (whole m², a count, or a ratio in "
                    + "thousandths) and `<figure>:withheld`: null when shown, otherwise why the value is null "
                    + "(`few-companies`: fewer than 3 distinct companies; `complementary`: it would reveal another withheld "
                    + "value). Both are null where the market has no such figure. The figures are the same as those of "
                    + "GET /api/insight/figures, from the same suppressed cube.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "A FeatureCollection of the regions of the level the caller may read",
            content = @Content(mediaType = FigureGeoJson.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/FigureFeatureCollection")))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    HttpResponse<String> geoJson(
            @Parameter(description = "The level of region", example = "province",
                    schema = @Schema(allowableValues = {"province", "corop", "rom"}, defaultValue = "province"))
            @Nullable @QueryValue String level,
            @Parameter(description = "One figure of the catalogue; without it, every figure but flow-m2", example = "unmet-m2",
                    schema = @Schema(allowableValues = {"supply-lab-m2", "supply-office-m2", "pipeline-lab-m2",
                            "pipeline-office-m2", "lab-office-ratio", "demand-needs", "demand-m2", "demand-lab-m2",
                            "demand-office-m2", "matched-m2", "accepted-m2", "leased-m2", "unmet-m2", "awaiting-run-m2",
                            "lost-m2", "demand-vs-pipeline-18m", "prelet-share", "flow-m2", "flow-inside-share"}))
            @Nullable @QueryValue String figure,
            @Parameter(description = "`all`, or one value of a dimension, e.g. `containment:ML-II`, `size:300-1000`, "
                    + "`move-in:2027-Q1`, `reason:over-budget`", example = "all",
                    schema = @Schema(pattern = FigureQuery.FACET_PATTERN, defaultValue = "all", maxLength = 80))
            @Nullable @QueryValue String facet,
            @Parameter(description = "A month YYYY-MM or a quarter YYYY-Qn (default: this month, Dutch time)", example = "2026-12",
                    schema = @Schema(pattern = FigureQuery.PERIOD_PATTERN))
            @Nullable @QueryValue String period,
            Authentication auth) {
        FigureQuery query = FigureQuery.of(level, figure, facet, period);
        List<FigureLayer> layers = figures.layers(viewers.of(auth), query);
        String chosen = layers.isEmpty() ? "" : layers.get(0).period();
        try {
            return HttpResponse.ok(json.writeValueAsString(FigureGeoJson.of(layers, query, shapes)))
                    .contentType(FigureGeoJson.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + FigureGeoJson.fileName(query, chosen) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write GeoJSON", e);
        }
    }
}
