package nl.labspace.search;

import nl.labspace.db.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.labspace.db.search.Circle;
import nl.labspace.db.search.DemandFilter;
import nl.labspace.db.search.DemandSort;
import nl.labspace.web.BadInput;

/** A validated demand search; the region scope of the viewer is added by the service, not taken from the request. */
record DemandSearch(DemandFilter filter, DemandSort sort, Paging paging) {

    static final Set<String> PARAMETERS = Set.of("region", "near", "withinKm", "containment", "gmp", "minLabM2",
            "moveInFrom", "moveInTo", "sector", "sort", "page", "size", "format");

    static DemandSearch from(SearchParams p, RegionIndex regions) {
        Circle near = p.near();
        LocalDate from = p.month("moveInFrom");
        LocalDate to = p.month("moveInTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInput("moveInTo", p.text("moveInTo"), "must not be before moveInFrom " + p.text("moveInFrom"));
        }
        DemandFilter filter = new DemandFilter(p.region("region", regions), near,
                p.rung("containment", Vocabulary.CONTAINMENT), p.rung("gmp", Vocabulary.GMP),
                p.atLeast("minLabM2", 0), from, to, p.oneOf("sector", Vocabulary.SECTORS, null), null);
        return new DemandSearch(filter, sort(p, near), p.paging());
    }

    DemandSearch within(Set<String> followedRegions) {
        DemandFilter f = filter;
        return new DemandSearch(new DemandFilter(f.region(), f.near(), f.minContainmentRank(), f.minGmpRank(),
                f.minLabM2(), f.moveInFrom(), f.moveInTo(), f.sector(), followedRegions), sort, paging);
    }

    private static DemandSort sort(SearchParams p, Circle near) {
        String sort = p.oneOf("sort", List.of("moveIn", "size", "distance"), "moveIn");
        if (sort.equals("distance") && near == null) {
            throw new BadInput("sort", sort, "needs near=lat,lon");
        }
        return switch (sort) {
            case "size" -> DemandSort.SIZE;
            case "distance" -> DemandSort.DISTANCE;
            default -> DemandSort.MOVE_IN;
        };
    }
}
