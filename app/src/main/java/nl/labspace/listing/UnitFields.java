package nl.labspace.listing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.Vocabulary;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.web.Months;
import nl.labspace.web.Violation;

/**
 * The campus console's unit form as the text a browser sends (one value per field; a feature checkbox is named
 * "features.<feature>"), turned into the API's UnitRequest so that UnitForm judges it exactly as it judges JSON.
 * A number that is not one is named like any other broken rule; the form's text is kept for the page.
 */
final class UnitFields {

    static final String FEATURE = "features.";
    private static final int MAX_DIGITS = 15;

    private UnitFields() {
    }

    /** An empty form for a campus (containment and GMP none, available now). */
    static Map<String, String> blank(String campusId) {
        Map<String, String> form = new HashMap<>();
        form.put("campusId", campusId == null ? "" : campusId);
        form.put("containment", "none");
        form.put("gmp", "none");
        form.put("status", "available");
        form.put("minTermMonths", "12");
        return form;
    }

    /** The unit as its edit form shows it, with the version it was read at. */
    static Map<String, String> of(UnitRow u) {
        Map<String, String> form = new HashMap<>();
        form.put("campusId", u.campusId());
        form.put("name", u.name());
        form.put("labM2", String.valueOf(u.labM2()));
        form.put("officeM2", String.valueOf(u.officeM2()));
        form.put("containment", u.containment());
        form.put("gmp", u.gmp());
        u.features().forEach(f -> form.put(FEATURE + f, "on"));
        form.put("availableFrom", Months.format(u.availableFrom()));
        form.put("availableUntil", Months.format(u.availableUntil()));
        form.put("rentPerM2Year", u.rentPerM2Year() == null ? null : u.rentPerM2Year().toPlainString());
        form.put("minTermMonths", String.valueOf(u.minTermMonths()));
        form.put("maxTermMonths", u.maxTermMonths() == null ? null : String.valueOf(u.maxTermMonths()));
        form.put("status", "withdrawn".equals(u.status()) ? "available" : u.status());
        form.put("deliveryMonth", Months.format(u.deliveryMonth()));
        form.put("version", String.valueOf(u.version()));
        return form;
    }

    /** The API's request from the form; numbers that are not numbers go to wrong. */
    static UnitRequest request(Map<String, String> form, List<Violation> wrong) {
        List<String> features = Vocabulary.FEATURES.stream().filter(f -> form.get(FEATURE + f) != null).toList();
        return new UnitRequest(text(form.get("name")), whole("labM2", form.get("labM2"), wrong),
                whole("officeM2", form.get("officeM2"), wrong), text(form.get("containment")), text(form.get("gmp")),
                features, text(form.get("availableFrom")), text(form.get("availableUntil")),
                money("rentPerM2Year", form.get("rentPerM2Year"), wrong), whole("minTermMonths", form.get("minTermMonths"), wrong),
                whole("maxTermMonths", form.get("maxTermMonths"), wrong), text(form.get("status")),
                text(form.get("deliveryMonth")), whole("version", form.get("version"), wrong));
    }

    /** The name keeps its line breaks (as a CSV cell may); an empty field is a missing one. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer whole(String field, String value, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a whole number"));
            return null;
        }
    }

    /** Euros with a decimal point or a Dutch decimal comma ("325,50"), at most 15 digits either side as in JSON. */
    private static BigDecimal money(String field, String value, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.strip().replace(',', '.'));
            if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
                wrong.add(Violation.of(field, value, "must be a number of at most 15 digits before and after the point"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a number"));
            return null;
        }
    }
}
