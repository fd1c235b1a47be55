package nl.labspace.listing;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.campus.RouteLink;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.listing.stats.ListingTraffic;
import nl.labspace.photo.UnitGallery;
import nl.labspace.search.FreshListings;
import nl.labspace.search.RegionIndex;

/**
 * The unit page: what GET /api/units/{id} shows to everyone (a withdrawn unit is not found), with its campus card.
 * A unit not confirmed within the freshness window says so: search no longer shows it.
 */
@Controller("/units")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class UnitPageController {

    private final ListingService listings;
    private final CampusQueries campuses;
    private final FreshListings fresh;
    private final ListingTraffic traffic;
    private final UnitGallery gallery;
    private final RegionIndex regionNames;

    UnitPageController(ListingService listings, CampusQueries campuses, FreshListings fresh, ListingTraffic traffic,
                       UnitGallery gallery, RegionIndex regionNames) {
        this.listings = listings;
        this.campuses = campuses;
        this.fresh = fresh;
        this.traffic = traffic;
        this.gallery = gallery;
        this.regionNames = regionNames;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> page(UUID id, HttpRequest<?> request) {
        String referer = request.getHeaders().get("Referer");
        UnitRow unit = listings.one(null, id);
        traffic.viewed(request, unit.id());
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        CampusRow campus = campuses.find(unit.campusId()).orElseThrow();
        model.put("campus", campus);
        model.put("route", RouteLink.to(campus.lat(), campus.lon()));
        model.put("regionNames", regionNames);
        model.put("stale", unit.lastConfirmed().isBefore(fresh.confirmedSince()));
        model.put("backToSearch", backToSearch(referer));
        model.put("files", gallery.of(unit.id()));
        return new ModelAndView<>("listing/unit", model);
    }

    /**
     * "Back to search" returns to the search the visitor came from, with its filters and page (the search keeps them
     * in its address, which the browser sends as the referrer within this site); from elsewhere to a new search.
     * Only the search's own path is taken, so the link never leads off the site.
     */
    static String backToSearch(@Nullable String referer) {
        try {
            URI from = referer == null ? null : URI.create(referer);
            if (from != null && "/search".equals(from.getRawPath())) {
                return from.getRawQuery() == null ? "/search" : "/search?" + from.getRawQuery();
            }
        } catch (IllegalArgumentException e) {
            // a referrer that is not an address: a new search
        }
        return "/search";
    }
}
