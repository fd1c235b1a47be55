package nl.labspace.search;

import nl.labspace.db.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.labspace.db.search.Circle;
import nl.labspace.db.search.SpaceFilter;
import nl.labspace.db.search.SpaceSort;
import nl.labspace.web.BadInput;

/** A validated space search: what to find, in which order, which page. */
record SpaceSearch(SpaceFilter filter, SpaceSort sort, Paging paging) {

    static final Set<String> PARAMETERS = Set.of("region", "campus", "near", "withinKm", "containment", "gmp", "features",
            "minLabM2", "minOfficeM2", "availableBy", "maxRent", "includePipeline", "sort", "page", "size", "format");

    static SpaceSearch from(SearchParams p, RegionIndex regions, LocalDate confirmedSince) {
        Circle near = p.near();
        SpaceFilter filter = new SpaceFilter(p.region("region", regions), p.campus("campus"), near,
                p.rung("containment", Vocabulary.CONTAINMENT), p.rung("gmp", Vocabulary.GMP),
                p.allOf("features", Vocabulary.FEATURES), p.atLeast("minLabM2", 0), p.atLeast("minOfficeM2", 0),
                p.month("availableBy"), p.positive("maxRent"), p.flag("includePipeline"), confirmedSince);
        return new SpaceSearch(filter, sort(p, near), p.paging());
    }

    private static SpaceSort sort(SearchParams p, Circle near) {
        String sort = p.oneOf("sort", List.of("rent", "size", "distance"), "rent");
        if (sort.equals("distance") && near == null) {
            throw new BadInput("sort", sort, "needs near=lat,lon");
        }
        return SpaceSort.valueOf(sort.toUpperCase(Locale.ROOT));
    }
}
