package nl.labspace.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.listing.stats.ListingTraffic;
import nl.labspace.photo.UnitGallery;
import nl.labspace.web.BadInput;

/**
 * The search page: the same parameters and the same service as GET /api/search/space (one rule, two doors), read
 * from a plain GET form, so the address holds the search (shareable, the back button works, no script needed).
 * A bad value shows the form again with the problem named, and no results.
 */
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SearchPageController {

    static final Set<String> PARAMETERS = SpaceSearch.PARAMETERS.stream().filter(p -> !p.equals("format"))
            .collect(Collectors.toUnmodifiableSet());

    private final SpaceSearchService space;
    private final Places places;
    private final ListingTraffic traffic;
    private final UnitGallery gallery;
    private final RegionIndex regionNames;

    SearchPageController(SpaceSearchService space, Places places, ListingTraffic traffic, UnitGallery gallery,
                         RegionIndex regionNames) {
        this.space = space;
        this.places = places;
        this.traffic = traffic;
        this.gallery = gallery;
        this.regionNames = regionNames;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        SearchForm form = SearchForm.of(request.getParameters().asMap());
        model.put("form", form);
        List<Places.Town> towns = places.towns();
        model.put("towns", towns);
        // a shared link may hold any point: the place list shows it rather than claim "anywhere"
        String near = form.value("near");
        model.put("otherPlace", near.isBlank() || towns.stream().anyMatch(t -> t.value().equals(near)) ? null : near);
        model.put("provinces", places.provinces());
        model.put("corops", places.corops());
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("features", Vocabulary.FEATURES);
        model.put("radii", List.of(5, 10, 25, 50, 100));
        model.put("regionNames", regionNames);
        HttpStatus status = HttpStatus.OK;
        try {
            SpaceSearch search = space.parse(new SearchParams(request.getParameters(), PARAMETERS, withoutPlace(form)));
            Found<SpaceHitRow> found = space.search(search);
            traffic.shownInSearch(request, found.rows().stream().map(hit -> hit.unit().id()).toList());
            model.put("found", found);
            model.put("thumbnails", gallery.thumbnails(found.rows().stream().map(hit -> hit.unit().id()).toList()));
            model.put("pages", form.pages(found));
        } catch (BadInput e) {
            model.put("problems", e.violations());
            status = HttpStatus.BAD_REQUEST;
        }
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>("search/search", model));
    }

    /**
     * The form always sends a radius, and its sort may say "distance"; with "anywhere" chosen as the place both mean
     * nothing, so the page leaves them out instead of refusing the search (the API, asked the same, explains).
     */
    private static Set<String> withoutPlace(SearchForm form) {
        if (!form.value("near").isBlank()) {
            return Set.of();
        }
        return "distance".equals(form.value("sort")) ? Set.of("withinKm", "sort") : Set.of("withinKm");
    }
}
