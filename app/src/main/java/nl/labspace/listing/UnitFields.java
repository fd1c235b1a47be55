package nl.labspace.listing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.listing.UnitRow;
import nl.labspace.page.FormValues;
import nl.labspace.web.Months;
import nl.labspace.web.Violation;

/**
 * The campus console's unit form as the text a browser sends (features as a checkbox group), turned into the API's
 * UnitRequest so that UnitForm judges it exactly as it judges JSON. A number that is not one is named like any other
 * broken rule; the form's text is kept for the page.
 */
final class UnitFields {

    private static final int MAX_DIGITS = 15;

    private UnitFields() {
    }

    /** An empty form for a campus (containment and GMP none, available). */
    static FormValues blank(String campusId) {
        return FormValues.filled(Map.of("campusId", List.of(campusId == null ? "" : campusId), "containment", List.of("none"),
                "gmp", List.of("none"), "status", List.of("available"), "minTermMonths", List.of("12")));
    }

    /** The unit as its edit form shows it, with the version it was read at. */
    static FormValues of(UnitRow u) {
        Map<String, List<String>> form = new HashMap<>();
        put(form, "campusId", u.campusId());
        put(form, "name", u.name());
        put(form, "labM2", String.valueOf(u.labM2()));
        put(form, "officeM2", String.valueOf(u.officeM2()));
        put(form, "containment", u.containment());
        put(form, "gmp", u.gmp());
        form.put("features", u.features());
        put(form, "availableFrom", Months.format(u.availableFrom()));
        put(form, "availableUntil", Months.format(u.availableUntil()));
        put(form, "rentPerM2Year", u.rentPerM2Year() == null ? null : u.rentPerM2Year().toPlainString());
        put(form, "minTermMonths", String.valueOf(u.minTermMonths()));
        put(form, "maxTermMonths", u.maxTermMonths() == null ? null : String.valueOf(u.maxTermMonths()));
        put(form, "status", "withdrawn".equals(u.status()) ? "available" : u.status());
        put(form, "deliveryMonth", Months.format(u.deliveryMonth()));
        put(form, "version", String.valueOf(u.version()));
        return FormValues.filled(form);
    }

    /** The API's request from the form; numbers that are not numbers go to wrong. */
    static UnitRequest request(FormValues form, List<Violation> wrong) {
        return new UnitRequest(form.text("name"), whole("labM2", form, wrong), whole("officeM2", form, wrong),
                form.text("containment"), form.text("gmp"), form.all("features"), form.text("availableFrom"),
                form.text("availableUntil"), money("rentPerM2Year", form, wrong), whole("minTermMonths", form, wrong),
                whole("maxTermMonths", form, wrong), form.text("status"), form.text("deliveryMonth"),
                whole("version", form, wrong));
    }

    private static void put(Map<String, List<String>> form, String field, String value) {
        if (value != null) {
            form.put(field, List.of(value));
        }
    }

    private static Integer whole(String field, FormValues form, List<Violation> wrong) {
        String value = form.text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, "must be a whole number"));
            return null;
        }
    }

    /** Euros with a decimal point or a Dutch decimal comma ("325,50"), at most 15 digits either side as in JSON. */
    private static BigDecimal money(String field, FormValues form, List<Violation> wrong) {
        String value = form.text(field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.replace(',', '.'));
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
