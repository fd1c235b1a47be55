package nl.labspace.campus;

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
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.listing.ListingService;
import nl.labspace.search.FreshListings;
import nl.labspace.search.RegionIndex;

/** The campus page: its public profile (GET /api/campuses/{id}) and the units it offers (GET .../units), on a map. */
@Controller("/campuses")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class CampusPageController {

    private final CampusService campuses;
    private final ListingService listings;
    private final FreshListings fresh;
    private final RegionIndex regionNames;

    CampusPageController(CampusService campuses, ListingService listings, FreshListings fresh, RegionIndex regionNames) {
        this.campuses = campuses;
        this.listings = listings;
        this.fresh = fresh;
        this.regionNames = regionNames;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> page(String id) {
        Map<String, Object> model = new HashMap<>();
        CampusRow campus = campuses.find(id);
        model.put("campus", campus);
        model.put("route", RouteLink.to(campus.lat(), campus.lon()));
        model.put("regionNames", regionNames);
        List<UnitRow> units = listings.ofCampus(null, id);
        model.put("units", units);
        model.put("confirmedSince", fresh.confirmedSince());
        // the map's circle: what the landing page counts as on offer (available and fresh)
        model.put("labOnOffer", units.stream().filter(u -> UnitStatus.AVAILABLE.is(u.status())
                && !u.lastConfirmed().isBefore(fresh.confirmedSince())).mapToInt(UnitRow::labM2).sum());
        return new ModelAndView<>("campus/campus", model);
    }
}
