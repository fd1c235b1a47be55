package nl.labspace.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.RentCover;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.page.FormValues;
import nl.labspace.web.Months;
import nl.labspace.web.Violation;

/**
 * The campus console's unit form as the text a browser sends (features as a checkbox group), turned into the API's
 * UnitRequest so that UnitForm judges it exactly as it judges JSON. A number that is not one is named like any other
 * broken rule; the form's text is kept for the page.
 */
final class UnitFields {

    private UnitFields() {
    }

    /** An empty form for a campus (containment and GMP none, available). */
    static FormValues blank(String campusId) {
        return FormValues.filled(Map.of("campusId", List.of(campusId == null ? "" : campusId), "containment", List.of("none"),
                "gmp", List.of("none"), "status", List.of(UnitStatus.AVAILABLE.code()), "minTermMonths", List.of("12"),
                "rentCovers", RentCover.DEFAULT));
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
        put(form, "status", u.status());
        put(form, "deliveryMonth", Months.format(u.deliveryMonth()));
        put(form, "version", String.valueOf(u.version()));
        form.put("rentCovers", u.rentCovers());
        return FormValues.filled(form);
    }

    /**
     * The API's request from the form; numbers that are not numbers go to wrong. The form sends rentCovers with a
     * hidden empty value, so none ticked is refused; a post without the field keeps the default, as the API does.
     */
    static UnitRequest request(FormValues form, List<Violation> wrong) {
        return new UnitRequest(form.text("name"), form.whole("labM2", wrong), form.whole("officeM2", wrong),
                form.text("containment"), form.text("gmp"), form.all("features"), form.text("availableFrom"),
                form.text("availableUntil"), form.decimal("rentPerM2Year", wrong), form.whole("minTermMonths", wrong),
                form.whole("maxTermMonths", wrong), form.text("status"), form.text("deliveryMonth"),
                form.whole("version", wrong), form.sent("rentCovers") ? form.all("rentCovers") : null);
    }

    private static void put(Map<String, List<String>> form, String field, String value) {
        if (value != null) {
            form.put(field, List.of(value));
        }
    }
}
