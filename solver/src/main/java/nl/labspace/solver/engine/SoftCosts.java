package nl.labspace.solver.engine;

import java.util.Comparator;
import java.util.List;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Geo;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/** The soft cost of hosting a need on some units of one campus: one definition for the plan and for instant options. */
final class SoftCosts {

    private final List<Campus> campuses;

    SoftCosts(List<Campus> campuses) {
        this.campuses = campuses;
    }

    SoftCost of(Need need, Campus campus, List<Unit> chosen, List<String> home) {
        double km = need.near() == null ? 0
                : Geo.haversineKm(need.near().lat(), need.near().lon(), campus.lat(), campus.lon());
        double rent = chosen.stream().mapToDouble(u -> u.totalM2() * u.rentPerM2Year()).sum();
        int wasted = chosen.stream().mapToInt(Unit::totalM2).sum() - need.totalM2();
        boolean focusMismatch = need.sector() != null && !campus.focus().contains(need.sector());
        boolean outside = !home.isEmpty() && !home.contains(campus.province());
        return new SoftCost(km, rent, Math.max(0, wasted), focusMismatch, home, outside);
    }

    /**
     * The need's listed provinces when it gave any (rule 5 then keeps it inside them); otherwise the province of
     * the campus nearest to its preferred place, as the province of that place; empty when it named neither.
     */
    List<String> homeProvinces(Need need) {
        if (!need.provinces().isEmpty()) {
            return need.provinces().stream().sorted().toList();
        }
        if (need.near() == null) {
            return List.of();
        }
        return campuses.stream()
                .min(Comparator.comparingDouble(c -> Geo.haversineKm(need.near().lat(), need.near().lon(), c.lat(), c.lon())))
                .map(c -> List.of(c.province())).orElse(List.of());
    }
}
