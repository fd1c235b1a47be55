package nl.labspace.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import nl.labspace.web.ApiDocs;

/**
 * The two search operations in the OpenAPI document: summary, description and above all their query parameters.
 * SearchController reads the query string by hand (SearchParams), so the generator cannot see the parameters:
 * {@link Space} and {@link Demand} declare each one of {@link SpaceSearch#PARAMETERS} and
 * {@link DemandSearch#PARAMETERS} with its type, range and an example (README, "Search"). OpenApiTest fails when a
 * parameter the searches read is missing here. Documentation only; the responses are on SearchController.
 * <p>
 * The parameters are {@code @Operation(parameters = ...)}: micronaut-openapi drops the schema of a {@code @Parameter}
 * put on a method directly when no method argument carries its name, and a method's own {@code @Operation} would
 * replace this one whole, so these annotations hold the whole operation.
 */
final class SearchOperationDocs {

    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String NEAR_PATTERN = "^-?[0-9]{1,3}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$";
    static final String REGION = " a province (PV20..PV31), COROP region (CR01..CR40) or ROM area (BOM, HORIZON, "
            + "IMPULS, INWEST, IQ, LIOF, NOM, OOSTNL, ROMUR) code, as CBS writes it.";
    static final String NEAR = "A point 'lat,lon' in WGS84 decimal degrees (latitude -90..90, longitude -180..180). "
            + "Each item then has distanceKm; with withinKm it also filters; sort=distance needs it.";
    static final String WITHIN_KM = "Keep only what lies within this many km of near (geodesic distance): "
            + "more than 0, at most 400. Needs near.";
    static final String PAGE = "The page to return, from 1.";
    static final String SIZE = "Items per page.";
    static final String FORMAT = "json or geojson. Without it, 'Accept: application/geo+json' gives GeoJSON and "
            + "anything else JSON; format wins over Accept.";

    private SearchOperationDocs() {
    }

    /** GET /api/search/space, with SpaceSearch.PARAMETERS. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Operation(operationId = "searchSpace", summary = "Search for lab space",
            description = "Public. Units with status available that were confirmed within LABSPACE_FRESH_DAYS (60) days "
                    + "(includePipeline=true adds planned units), filtered by place, class, features, area, timing and "
                    + "rent, one page at a time. As JSON or, with format=geojson or Accept: application/geo+json, as a "
                    + "GeoJSON FeatureCollection of the campuses' points. A parameter the search does not know is refused "
                    + "(400), so a typo never widens a search.",
            parameters = {
        @Parameter(name = "region", in = ParameterIn.QUERY, description = "Only campuses in this region:" + REGION,
                example = "PV26", schema = @Schema(type = "string", pattern = ApiDocs.REGION_CODE_PATTERN)),
        @Parameter(name = "campus", in = ParameterIn.QUERY, description = "Only this campus's units (its id, as "
                + "GET /api/campuses lists them); an id no campus has finds nothing.", example = "leiden-bio-science-park",
                schema = @Schema(type = "string", maxLength = 64, pattern = ApiDocs.CAMPUS_ID_PATTERN)),
        @Parameter(name = "near", in = ParameterIn.QUERY, description = NEAR, example = "52.166,4.482",
                schema = @Schema(type = "string", pattern = NEAR_PATTERN)),
        @Parameter(name = "withinKm", in = ParameterIn.QUERY, description = WITHIN_KM, example = "25",
                schema = @Schema(type = "number", format = "double", minimum = "0", exclusiveMinimum = true,
                        maximum = "400")),
        @Parameter(name = "containment", in = ParameterIn.QUERY, description = "At least this containment level: "
                + "none < ML-I < ML-II < ML-III (none: no filter).", example = "ML-II",
                schema = @Schema(type = "string", allowableValues = {"none", "ML-I", "ML-II", "ML-III"},
                        defaultValue = "none")),
        @Parameter(name = "gmp", in = ParameterIn.QUERY, description = "At least this GMP grade: none < D < C < B < A "
                + "(none: no filter).", example = "C",
                schema = @Schema(type = "string", allowableValues = {"none", "D", "C", "B", "A"}, defaultValue = "none")),
        @Parameter(name = "features", in = ParameterIn.QUERY, style = ParameterStyle.FORM, explode = Explode.FALSE,
                description = "Units that have all of these features: comma-separated, or the parameter repeated.",
                schema = @Schema(ref = "#/components/schemas/UnitFeatures")),
        @Parameter(name = "minLabM2", in = ParameterIn.QUERY, description = "At least this much lab area, whole m².",
                example = "200", schema = @Schema(type = "integer", format = "int32", minimum = "0")),
        @Parameter(name = "minOfficeM2", in = ParameterIn.QUERY, description = "At least this much office area, whole m².",
                example = "50", schema = @Schema(type = "integer", format = "int32", minimum = "0")),
        @Parameter(name = "availableBy", in = ParameterIn.QUERY, description = "Units available by this month "
                + "(YYYY-MM): available from then or earlier, not ending before it, and not leased in it.",
                example = "2027-05", schema = @Schema(type = "string", pattern = MONTH_PATTERN)),
        @Parameter(name = "maxRent", in = ParameterIn.QUERY, description = "Rent at most this many € per m² per year "
                + "(more than 0).", example = "350",
                schema = @Schema(type = "number", minimum = "0", exclusiveMinimum = true)),
        @Parameter(name = "includePipeline", in = ParameterIn.QUERY, description = "true adds planned units (pipeline "
                + "space, with their deliveryMonth) to the available ones.", example = "true",
                schema = @Schema(type = "boolean", defaultValue = "false")),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "rent: cheapest first; size: largest lab first; "
                + "distance: nearest first (needs near).", example = "distance",
                schema = @Schema(type = "string", allowableValues = {"rent", "size", "distance"}, defaultValue = "rent")),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = PAGE, example = "2",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "10000", defaultValue = "1")),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = SIZE, example = "50",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")),
        @Parameter(name = "format", in = ParameterIn.QUERY, description = FORMAT, example = "geojson",
                schema = @Schema(type = "string", allowableValues = {"json", "geojson"}))
    })
    @interface Space {
    }

    /** GET /api/search/demand, with DemandSearch.PARAMETERS. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Operation(operationId = "searchDemand", summary = "Search open demand",
            description = "For campus managers, fund managers and admins. Open needs, never with the company's name or "
                    + "id; a confidential need shows only its areas, containment/GMP, move-in window and regions, its "
                    + "distance in whole km and its point rounded to 0.1 degree. A fund manager sees only needs whose home "
                    + "region it follows. As JSON or, with format=geojson or Accept: application/geo+json, as GeoJSON. "
                    + "A parameter the search does not know is refused (400).",
            security = @SecurityRequirement(name = ApiDocs.BEARER),
            parameters = {
        @Parameter(name = "region", in = ParameterIn.QUERY, description = "Only needs whose home lies in this region:"
                + REGION, example = "PV26", schema = @Schema(type = "string", pattern = ApiDocs.REGION_CODE_PATTERN)),
        @Parameter(name = "near", in = ParameterIn.QUERY, description = NEAR + " Measured to each need's preferred point "
                + "(in whole km for a confidential need).", example = "52.166,4.482",
                schema = @Schema(type = "string", pattern = NEAR_PATTERN)),
        @Parameter(name = "withinKm", in = ParameterIn.QUERY, description = WITHIN_KM + " Needs without a preferred "
                + "point then drop out.", example = "25",
                schema = @Schema(type = "number", format = "double", minimum = "0", exclusiveMinimum = true,
                        maximum = "400")),
        @Parameter(name = "containment", in = ParameterIn.QUERY, description = "Needs that ask at least this "
                + "containment level: none < ML-I < ML-II < ML-III (none: no filter).", example = "ML-II",
                schema = @Schema(type = "string", allowableValues = {"none", "ML-I", "ML-II", "ML-III"},
                        defaultValue = "none")),
        @Parameter(name = "gmp", in = ParameterIn.QUERY, description = "Needs that ask at least this GMP grade: "
                + "none < D < C < B < A (none: no filter).", example = "C",
                schema = @Schema(type = "string", allowableValues = {"none", "D", "C", "B", "A"}, defaultValue = "none")),
        @Parameter(name = "minLabM2", in = ParameterIn.QUERY, description = "Needs that ask at least this much lab "
                + "area, whole m².", example = "200", schema = @Schema(type = "integer", format = "int32", minimum = "0")),
        @Parameter(name = "moveInFrom", in = ParameterIn.QUERY, description = "Start of a window of months (YYYY-MM): "
                + "keeps needs whose move-in window overlaps it, i.e. whose latest move-in is not before it.",
                example = "2027-01", schema = @Schema(type = "string", pattern = MONTH_PATTERN)),
        @Parameter(name = "moveInTo", in = ParameterIn.QUERY, description = "End of the window (YYYY-MM), not before "
                + "moveInFrom: keeps needs whose earliest move-in is not after it.", example = "2027-06",
                schema = @Schema(type = "string", pattern = MONTH_PATTERN)),
        @Parameter(name = "sector", in = ParameterIn.QUERY, description = "Needs of companies in this sector; never "
                + "matches a confidential need, whose sector is not shown.", example = "vaccines",
                schema = @Schema(type = "string", allowableValues = {"drug-discovery", "cell-gene-therapy", "vaccines",
                    "diagnostics", "medtech", "health-innovation", "industrial-biotech", "food-nutrition", "oncology",
                    "regenerative-medicine"})),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "moveIn: earliest move-in first; size: largest "
                + "lab first; distance: nearest first, needs without a point last (needs near).", example = "size",
                schema = @Schema(type = "string", allowableValues = {"moveIn", "size", "distance"},
                        defaultValue = "moveIn")),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = PAGE, example = "2",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "10000", defaultValue = "1")),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = SIZE, example = "50",
                schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")),
        @Parameter(name = "format", in = ParameterIn.QUERY, description = FORMAT, example = "geojson",
                schema = @Schema(type = "string", allowableValues = {"json", "geojson"}))
    })
    @interface Demand {
    }
}
