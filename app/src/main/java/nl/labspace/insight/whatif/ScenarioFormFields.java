package nl.labspace.insight.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.labspace.page.FormValues;
import nl.labspace.web.Violation;

/**
 * The dashboard's what-if builder as the API's ScenarioRequest: a name and up to three buildings, fields b0.labM2,
 * b1.place ("campus:<id>" or "town:<name>")... An extra building left blank is left out. The API names a building by its
 * place in the list it was sent (buildings[1].labM2); at(...) names the same rule at the form's control.
 */
final class ScenarioFormFields {

    static final String CAMPUS = "campus:";
    static final String TOWN = "town:";
    private static final List<String> FIELDS = List.of("name", "place", "labM2", "officeM2", "containment", "gmp",
            "rentPerM2Year", "deliveryMonth", "minTermMonths");

    /** The request, and which form building each of its buildings came from. */
    record Read(ScenarioRequest request, List<Integer> formIndex) {

        /** A rule the API names (buildings[1].labM2) at the form's control (b2.labM2); a building's place at b2.place. */
        Violation at(Violation v) {
            String field = v.field();
            for (int i = 0; i < formIndex.size(); i++) {
                String prefix = "buildings[" + i + "]";
                if (field.equals(prefix) || field.startsWith(prefix + ".")) {
                    String rest = field.equals(prefix) ? "place" : field.substring(prefix.length() + 1);
                    return v.at("b" + formIndex.get(i) + "." + (Map.of("campus", "place", "town", "place", "lat", "place",
                            "lon", "place").getOrDefault(rest, rest)));
                }
            }
            return field.equals("buildings") ? v.at("b0.place") : v;
        }
    }

    private ScenarioFormFields() {
    }

    static Read read(FormValues form, List<Violation> wrong) {
        List<BuildingRequest> buildings = new ArrayList<>();
        List<Integer> formIndex = new ArrayList<>();
        for (int i = 0; i < ScenarioForm.MAX_BUILDINGS; i++) {
            String p = "b" + i + ".";
            if (i > 0 && FIELDS.stream().allMatch(f -> blank(form, p + f))) {
                continue;
            }
            String place = form.text(p + "place");
            buildings.add(new BuildingRequest(form.text(p + "name"), after(place, CAMPUS), after(place, TOWN), null, null,
                    form.whole(p + "labM2", wrong), form.whole(p + "officeM2", wrong), null, form.text(p + "containment"),
                    form.text(p + "gmp"), List.of(), form.decimal(p + "rentPerM2Year", wrong), form.text(p + "deliveryMonth"),
                    form.whole(p + "minTermMonths", wrong)));
            formIndex.add(i);
        }
        return new Read(new ScenarioRequest(form.text("name"), form.whole("seed", wrong), null, buildings, null), formIndex);
    }

    private static boolean blank(FormValues form, String field) {
        String value = form.text(field);
        // the class selects open on "none": left so, the building is still blank
        return value == null || value.isBlank() || (field.endsWith("containment") || field.endsWith("gmp")) && value.equals("none");
    }

    private static String after(String place, String prefix) {
        return place != null && place.startsWith(prefix) ? place.substring(prefix.length()) : null;
    }
}
