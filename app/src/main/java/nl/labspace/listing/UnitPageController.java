package nl.labspace.listing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
    private final RegionIndex regionNames;

    UnitPageController(ListingService listings, CampusQueries campuses, FreshListings fresh, RegionIndex regionNames) {
        this.listings = listings;
        this.campuses = campuses;
        this.fresh = fresh;
        this.regionNames = regionNames;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> page(UUID id) {
        UnitRow unit = listings.one(null, id);
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        CampusRow campus = campuses.find(unit.campusId()).orElseThrow();
        model.put("campus", campus);
        model.put("route", RouteLink.to(campus.lat(), campus.lon()));
        model.put("regionNames", regionNames);
        model.put("stale", unit.lastConfirmed().isBefore(fresh.confirmedSince()));
        return new ModelAndView<>("listing/unit", model);
    }
}
