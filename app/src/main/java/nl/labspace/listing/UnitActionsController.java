package nl.labspace.listing;

import java.net.URI;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/**
 * The campus console's one-click unit buttons: withdraw, still on offer (reconfirm) and reconfirm every stale unit
 * of my campuses, each as the API's withdraw and reconfirm do it; another campus's unit answers 404.
 */
@Controller("/console/campus")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class UnitActionsController {

    private final ListingService listings;
    private final ManagedUnits units;
    private final Viewers viewers;

    UnitActionsController(ListingService listings, ManagedUnits units, Viewers viewers) {
        this.listings = listings;
        this.units = units;
        this.viewers = viewers;
    }

    @Post("/units/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(UUID id, Authentication auth) {
        listings.withdraw(viewers.of(auth), id);
        return done("unit-withdrawn");
    }

    @Post("/units/{id}/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirm(UUID id, Authentication auth) {
        listings.reconfirm(viewers.of(auth), id);
        return done("reconfirmed");
    }

    @Post("/stale-units/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirmStale(Authentication auth) {
        units.reconfirmStale(viewers.of(auth));
        return done("reconfirmed-all");
    }

    private static HttpResponse<?> done(String key) {
        return HttpResponse.seeOther(URI.create("/console/campus?done=" + key + "#units"));
    }
}
