package nl.labspace.search;

import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.db.search.CampusPart;
import nl.labspace.listing.stats.ListingTraffic;
import nl.labspace.photo.UnitGallery;
import nl.labspace.web.ProblemResponses;

/**
 * Search for space (public listings, anyone) and for demand (open needs, anonymised, for campus managers, fund
 * managers and admins). Parameters are read from the query string by SearchParams, which names any bad one.
 * Like every controller, searches run on the blocking pool (micronaut.server.thread-selection in application.yml).
 * In the OpenAPI document the parameters and summaries come from SearchOperationDocs, and the result pages (SearchPage and GeoJson
 * of the items named below) are written in app/src/main/openapi/labspace-shared.yml.
 */
@Controller("/api/search")
@Tag(name = "search")
@OpenAPIExtraSchema(classes = {SpaceItem.class, DemandItem.class})
class SearchController {

    private final SpaceSearchService space;
    private final DemandSearchService demand;
    private final SearchResponses responses;
    private final Viewers viewers;
    private final ListingTraffic traffic;
    private final UnitGallery gallery;
    private final RegionIndex regions;

    SearchController(SpaceSearchService space, DemandSearchService demand, SearchResponses responses, Viewers viewers,
                     ListingTraffic traffic, UnitGallery gallery, RegionIndex regions) {
        this.regions = regions;
        this.space = space;
        this.demand = demand;
        this.responses = responses;
        this.viewers = viewers;
        this.traffic = traffic;
        this.gallery = gallery;
    }

    @Get(value = "/space", produces = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SearchOperationDocs.Space
    @ApiResponse(responseCode = "200", description = "One page of matching units and the number of matches", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/SpaceSearchPage")),
        @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/SpaceFeatureCollection"))})
    @ProblemResponses.BadRequest
    HttpResponse<?> space(HttpRequest<?> request) {
        SearchParams params = new SearchParams(request.getParameters(), SpaceSearch.PARAMETERS);
        boolean geoJson = SearchResponses.wantsGeoJson(request, params);
        var found = space.search(space.parse(params));
        traffic.shownInSearch(request, found.rows().stream().map(hit -> hit.unit().id()).toList());
        Map<UUID, String> thumbnails = gallery.thumbnails(found.rows().stream().map(hit -> hit.unit().id()).toList());
        return geoJson
                ? responses.geoJson(found, hit -> SpaceItem.of(hit, regions, thumbnails), hit -> lonLat(hit.campus()), SpaceItem.class)
                : responses.json(found, hit -> SpaceItem.of(hit, regions, thumbnails));
    }

    @Get(value = "/demand", produces = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Secured({Roles.CAMPUS_MANAGER, Roles.FUND_MANAGER, Roles.ADMIN})
    @SearchOperationDocs.Demand
    @ApiResponse(responseCode = "200", description = "One page of matching needs and the number of matches", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/DemandSearchPage")),
        @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/DemandFeatureCollection"))})
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    HttpResponse<?> demand(HttpRequest<?> request, Authentication auth) {
        SearchParams params = new SearchParams(request.getParameters(), DemandSearch.PARAMETERS);
        boolean geoJson = SearchResponses.wantsGeoJson(request, params);
        var found = demand.search(viewers.of(auth), demand.parse(params));
        return geoJson
                ? responses.geoJson(found, DemandItem::of, DemandItem::lonLat, DemandItem.class)
                : responses.json(found, DemandItem::of);
    }

    private static double[] lonLat(CampusPart campus) {
        return new double[] {campus.lon(), campus.lat()};
    }
}
