package nl.labspace.need;

import java.math.BigDecimal;
import java.util.List;

import nl.labspace.db.Vocabulary;
import nl.labspace.db.need.NeedValues;
import nl.labspace.web.Checks;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;

/** The rules a posted need follows, all checked before anything is written. */
public final class NeedForm {

    /** Ten hectares: beyond any lab building, and well inside the column. */
    static final int MAX_M2_LIMIT = 100_000;

    private NeedForm() {
    }

    public static NeedValues valuesOf(NeedRequest r) {
        Checks c = new Checks();
        String title = c.text("title", r.title(), Limits.NEED_TITLE);
        Checks.Areas areas = c.areas(r.labM2(), r.officeM2());
        Checks.LabSpec spec = c.labSpec(r.containment(), r.gmp(), r.features());
        Checks.MonthSpan moveIn = c.monthSpan("moveInEarliest", r.moveInEarliest(), true,
                "moveInLatest", r.moveInLatest(), true);
        int term = c.atLeast("termMonths", r.termMonths(), 1, true);
        if (term > 360) {
            c.fail("termMonths", term, Reason.AT_MOST, 360);
        }
        c.rent("maxRentPerM2Year", r.maxRentPerM2Year(), false);
        int maxUnits = r.maxUnits() == null ? 3 : r.maxUnits();
        if (maxUnits < 1 || maxUnits > 10) {
            c.fail("maxUnits", maxUnits, Reason.BETWEEN, 1, 10);
        }
        Integer maxM2 = maxM2(c, r.maxM2(), areas);
        NeedRequest.Near near = r.near();
        Double lat = near == null ? null : c.range("near.lat", near.lat(), -90, 90);
        Double lon = near == null ? null : c.range("near.lon", near.lon(), -180, 180);
        BigDecimal maxKm = near == null ? null : c.positive("near.maxKm", near.maxKm(), true);
        c.below("near.maxKm", maxKm, new BigDecimal("1000"));
        List<String> provinces = c.allOf("provinces", r.provinces(), Vocabulary.PROVINCES);
        String sector = r.sector() == null ? null : c.oneOf("sector", r.sector(), Vocabulary.SECTORS, null);
        c.throwIfAny();
        return new NeedValues(title, areas.labM2(), areas.officeM2(), spec.containment(), spec.gmp(), spec.features(),
                moveIn.first(), moveIn.last(), term,
                r.maxRentPerM2Year(), maxUnits, lat, lon, maxKm, provinces, sector, Boolean.TRUE.equals(r.confidential()),
                maxM2);
    }

    /** Rule 2b: optional; when given, at least the asked total (the database checks the same). */
    private static Integer maxM2(Checks c, Integer value, Checks.Areas areas) {
        if (value == null) {
            return null;
        }
        int total = areas.labM2() + areas.officeM2();
        if (value < total) {
            // The total asked: labM2 + officeM2.
            c.fail("maxM2", value, Reason.AT_LEAST, total);
        } else if (value > MAX_M2_LIMIT) {
            c.fail("maxM2", value, Reason.AT_MOST, MAX_M2_LIMIT);
        }
        return value;
    }
}
