package nl.labspace.insight.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.labspace.account.Viewer;
import nl.labspace.db.whatif.BuildingValues;
import nl.labspace.db.whatif.PlaceRegions;
import nl.labspace.web.BadInput;
import nl.labspace.web.Checks;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The rules of a saved scenario, checked all at once before anything is written: a name, one to three buildings each
 * placed at exactly one of a campus, a listed town or a point, in a region the fund manager follows, with valid areas,
 * class, rent and delivery month. Field names are JSON paths ("buildings[1].labM2").
 */
final class ScenarioForm {

    static final int MAX_BUILDINGS = 3;
    static final int MAX_STEPS = 200_000;
    static final int MAX_SUITES = 100;
    static final int MAX_M2 = 1_000_000;
    /** The default suite: about what a scale-up rents, so start-ups can take one and larger needs several. */
    static final int DEFAULT_SUITE_M2 = 400;

    /** What the form asks of the market: where a campus, a town or a point lies. */
    interface Places {
        Optional<Located> campus(String id);

        Optional<Located> town(String name);

        Optional<PlaceRegions> at(double lat, double lon);
    }

    /** A place that was found, with its regions. */
    record Located(double lat, double lon, PlaceRegions regions) {
    }

    /** A scenario's checked values. */
    record Values(String name, long seed, int steps, List<BuildingValues> buildings) {
    }

    private ScenarioForm() {
    }

    static Values valuesOf(ScenarioRequest r, Viewer viewer, Places places, int defaultSteps) {
        Checks c = new Checks();
        String name = c.text("name", r.name(), Limits.UNIT_NAME);
        single(c, "name", r.name());
        int seed = c.atLeast("seed", r.seed(), 0, false);
        int steps = r.steps() == null ? defaultSteps : c.atLeast("steps", r.steps(), 1, false);
        if (r.steps() != null && r.steps() > MAX_STEPS) {
            c.fail("steps", r.steps(), Reason.AT_MOST, MAX_STEPS);
        }
        List<Violation> wrong = new ArrayList<>(c.violations());
        List<BuildingValues> buildings = new ArrayList<>();
        if (r.buildings() == null || r.buildings().isEmpty()) {
            wrong.add(Violation.of("buildings", null, Reason.REQUIRED));
        } else if (r.buildings().size() > MAX_BUILDINGS) {
            wrong.add(Violation.of("buildings", r.buildings().size(), Reason.MAX_ITEMS, MAX_BUILDINGS));
        } else {
            for (int i = 0; i < r.buildings().size(); i++) {
                Checks b = new Checks();
                BuildingValues values = building(i + 1, r.buildings().get(i), b, viewer, places);
                String prefix = "buildings[" + i + "].";
                b.violations().forEach(v -> wrong.add(v.at(prefix + v.field())));
                buildings.add(values);
            }
        }
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        return new Values(name, seed, steps, buildings);
    }

    private static BuildingValues building(int position, BuildingRequest r, Checks c, Viewer viewer, Places places) {
        String name = c.text("name", r.name(), Limits.UNIT_NAME);
        single(c, "name", r.name());
        Checks.Areas areas = c.areas(r.labM2(), r.officeM2());
        if (areas.labM2() > MAX_M2) {
            c.fail("labM2", areas.labM2(), Reason.AT_MOST, MAX_M2);
        }
        if (areas.officeM2() > MAX_M2) {
            c.fail("officeM2", areas.officeM2(), Reason.AT_MOST, MAX_M2);
        }
        int total = Math.max(1, areas.labM2() + areas.officeM2());
        int suites = r.suites() == null ? Math.min(MAX_SUITES, Math.max(1, Math.round(total / (float) DEFAULT_SUITE_M2)))
                : c.atLeast("suites", r.suites(), 1, false);
        if (r.suites() != null && r.suites() > Math.min(MAX_SUITES, total)) {
            c.fail("suites", r.suites(), Reason.AT_MOST, Math.min(MAX_SUITES, total));
        }
        Checks.LabSpec spec = c.labSpec(r.containment(), r.gmp(), r.features());
        c.rent("rentPerM2Year", r.rentPerM2Year(), true);
        var delivery = c.month("deliveryMonth", r.deliveryMonth(), true);
        int minTerm = c.atLeast("minTermMonths", r.minTermMonths(), 1, false);
        if (r.minTermMonths() != null && r.minTermMonths() > 360) {
            c.fail("minTermMonths", r.minTermMonths(), Reason.AT_MOST, 360);
        }
        Located place = place(r, c, viewer, places);
        // On a campus the building is the campus's point; elsewhere the point (a town's too) is stored.
        boolean ownPoint = place != null && r.campus() == null;
        return new BuildingValues(position, name, blankToNull(r.campus()), ownPoint ? place.lat() : null,
                ownPoint ? place.lon() : null, blankToNull(r.town()), areas.labM2(), areas.officeM2(), suites,
                spec.containment(), spec.gmp(), spec.features(), r.rentPerM2Year(), delivery, minTerm);
    }

    /** Exactly one of campus, town or lat+lon, found, and in a region the viewer follows; null when not. */
    private static Located place(BuildingRequest r, Checks c, Viewer viewer, Places places) {
        int given = (r.campus() != null ? 1 : 0) + (r.town() != null ? 1 : 0) + (r.lat() != null || r.lon() != null ? 1 : 0);
        if (given != 1) {
            c.fail(r.campus() != null ? "campus" : r.town() != null ? "town" : "lat", r.campus() != null ? r.campus()
                    : r.town() != null ? r.town() : r.lat(), Reason.ONE_PLACE);
            return null;
        }
        if (r.campus() != null) {
            return followed(c, "campus", r.campus(), places.campus(r.campus()), Reason.NO_CAMPUS, viewer);
        }
        if (r.town() != null) {
            return followed(c, "town", r.town(), places.town(r.town()), Reason.PLACE, viewer);
        }
        int before = c.violations().size();
        double lat = c.range("lat", r.lat(), -90, 90);
        double lon = c.range("lon", r.lon(), -180, 180);
        if (c.violations().size() > before) {
            return null;
        }
        Optional<Located> at = places.at(lat, lon).map(regions -> new Located(lat, lon, regions));
        return followed(c, "lat", r.lat(), at, Reason.OUTSIDE_NETHERLANDS, viewer);
    }

    private static Located followed(Checks c, String field, Object value, Optional<Located> found, Reason missing,
                                    Viewer viewer) {
        if (found.isEmpty()) {
            c.fail(field, value, missing);
            return null;
        }
        PlaceRegions regions = found.get().regions();
        if (!viewer.followsRegion(regions.provinceCode()) && !viewer.followsRegion(regions.coropCode())
                && !viewer.followsRegion(regions.romCode())) {
            c.fail(field, value, Reason.NOT_FOLLOWED, regions.coropCode());
            return null;
        }
        return found.get();
    }

    private static void single(Checks c, String field, String value) {
        if (value != null && !value.matches(Limits.LINE)) {
            c.fail(field, value, Reason.SINGLE_LINE);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
