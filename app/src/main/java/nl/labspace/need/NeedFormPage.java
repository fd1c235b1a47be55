package nl.labspace.need;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;
import nl.labspace.db.Vocabulary;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.search.Places;
import nl.labspace.solver.domain.Need;
import nl.labspace.web.Violation;

/** What the need form (views/need/form.html) shows: the choices it offers, the values and the errors at their fields. */
@Singleton
public class NeedFormPage {

    private final Places places;
    private final FormErrors formErrors;

    NeedFormPage(Places places, FormErrors formErrors) {
        this.places = places;
        this.formErrors = formErrors;
    }

    /** A page model holding an empty form, ready to post. */
    public Map<String, Object> model() {
        return model(FormValues.empty(), Map.of());
    }

    /** A page model holding these values and errors (field name to reason). */
    public Map<String, Object> model(FormValues form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("towns", places.towns());
        model.put("provinces", places.provinces());
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("features", Vocabulary.FEATURES);
        model.put("sectors", Vocabulary.SECTORS);
        model.put("form", form);
        model.put("errors", errors);
        String near = form.text("near");
        boolean listed = near == null || places.towns().stream().anyMatch(t -> t.value().equals(near));
        model.put("storedPlace", listed ? null : near);
        model.put("defaultMaxM2", defaultMaxM2(form));
        return model;
    }

    /** The size bound that applies when the field stays empty, for the areas in the form; null until both are numbers. */
    static Integer defaultMaxM2(FormValues form) {
        try {
            int total = Integer.parseInt(String.valueOf(form.text("labM2")).strip())
                    + Integer.parseInt(String.valueOf(form.text("officeM2")).strip());
            return total > 0 ? Need.defaultMaxM2(total) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form's broken rules at the fields that show them: near.maxKm at maxKm, near.lat at near, provinces[2] at provinces. */
    public Map<String, String> errors(List<Violation> wrong, Locale locale) {
        return formErrors.byField(wrong.stream().map(v -> v.at(fieldOf(v.field()))).toList(), locale);
    }

    private static String fieldOf(String path) {
        return "near.maxKm".equals(path) ? "maxKm" : path.split("[.\\[]", 2)[0];
    }
}
