package nl.labspace.need;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.need.NeedRow;
import nl.labspace.page.FormValues;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The need form of the company console, both ways: its fields as the API's body (so NeedForm's rules judge a
 * page exactly as they judge the API), and a stored need as the fields of an edit form. A number that is not one
 * is named like any other broken rule; "near" is a place from the list, sent as "lat,lon".
 */
public final class NeedFormFields {

    static final BigDecimal DEFAULT_KM = new BigDecimal("50");

    private NeedFormFields() {
    }

    public static NeedRequest request(FormValues form, @Nullable Integer version, List<Violation> wrong) {
        return new NeedRequest(form.text("title"), form.whole("labM2", wrong), form.whole("officeM2", wrong),
                orNone(form.text("containment")), orNone(form.text("gmp")),
                form.all("features"), form.text("moveInEarliest"), form.text("moveInLatest"),
                form.whole("termMonths", wrong), form.decimal("maxRentPerM2Year", wrong),
                form.whole("maxUnits", wrong), near(form, wrong), form.all("provinces"),
                form.text("sector"), "true".equals(form.text("confidential")), version, form.whole("maxM2", wrong));
    }

    /** A stored need as an edit form shows it. */
    public static FormValues of(NeedRow n) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("title", List.of(n.title()));
        v.put("labM2", List.of(String.valueOf(n.labM2())));
        v.put("officeM2", List.of(String.valueOf(n.officeM2())));
        v.put("containment", List.of(n.containment()));
        v.put("gmp", List.of(n.gmp()));
        v.put("features", n.features());
        v.put("moveInEarliest", List.of(n.moveInEarliest().toString().substring(0, 7)));
        v.put("moveInLatest", List.of(n.moveInLatest().toString().substring(0, 7)));
        v.put("termMonths", List.of(String.valueOf(n.termMonths())));
        v.put("maxRentPerM2Year", n.maxRentPerM2Year() == null ? List.of() : List.of(n.maxRentPerM2Year().toPlainString()));
        v.put("maxUnits", List.of(String.valueOf(n.maxUnits())));
        v.put("maxM2", n.maxM2() == null ? List.of() : List.of(String.valueOf(n.maxM2())));
        v.put("near", n.nearLat() == null ? List.of() : List.of(point(n.nearLat(), n.nearLon())));
        v.put("maxKm", n.nearMaxKm() == null ? List.of() : List.of(n.nearMaxKm().stripTrailingZeros().toPlainString()));
        v.put("provinces", n.provinces());
        v.put("sector", n.sector() == null ? List.of() : List.of(n.sector()));
        v.put("confidential", n.confidential() ? List.of("true") : List.of());
        return FormValues.filled(v);
    }

    /** A point as the "near" list writes it (Places.towns). */
    public static String point(double lat, double lon) {
        return String.format(Locale.ROOT, "%.4f,%.4f", lat, lon);
    }

    private static NeedRequest.@Nullable Near near(FormValues form, List<Violation> wrong) {
        String place = form.text("near");
        if (place == null) {
            return null;
        }
        String[] latLon = place.split(",");
        Double lat = latLon.length == 2 ? coordinate(latLon[0], place, wrong) : null;
        Double lon = latLon.length == 2 ? coordinate(latLon[1], place, wrong) : null;
        if (latLon.length != 2) {
            wrong.add(Violation.of("near", place, Reason.PLACE));
        }
        String km = form.text("maxKm");
        return new NeedRequest.Near(lat, lon, km == null ? DEFAULT_KM : FormValues.decimal("near.maxKm", km, wrong));
    }

    private static String orNone(@Nullable String value) {
        return value == null ? "none" : value;
    }

    private static @Nullable Double coordinate(String value, String place, List<Violation> wrong) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of("near", place, Reason.PLACE));
            return null;
        }
    }
}
