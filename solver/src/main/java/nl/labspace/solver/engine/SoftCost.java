package nl.labspace.solver.engine;

import java.util.List;

/**
 * What a placement costs the need beyond being served, computed once per placement so that the soft
 * constraints only read numbers.
 *
 * @param distanceKm    from the need's preferred place to the campus; 0 when the need gave no place
 * @param rentPerYear   euros a year for all chosen units (their whole area)
 * @param wastedM2      area of the chosen units beyond what the need asked
 * @param focusMismatch the need names a sector and the campus does not list it as a focus
 * @param homeProvinces the need's home region (its provinces, or the province of its preferred place); empty if none
 * @param outsideHome   the campus lies outside that home region
 */
public record SoftCost(double distanceKm, double rentPerYear, int wastedM2, boolean focusMismatch,
                       List<String> homeProvinces, boolean outsideHome) {

    public SoftCost {
        homeProvinces = homeProvinces == null ? List.of() : List.copyOf(homeProvinces);
    }
}
