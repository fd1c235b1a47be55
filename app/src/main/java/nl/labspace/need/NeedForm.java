package nl.labspace.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.Vocabulary;
import nl.labspace.db.need.NeedValues;
import nl.labspace.web.Checks;

/** The rules a posted need follows, all checked before anything is written. */
final class NeedForm {

    private NeedForm() {
    }

    static NeedValues valuesOf(NeedRequest r) {
        Checks c = new Checks();
        String title = c.text("title", r.title(), 160);
        int lab = c.atLeast("labM2", r.labM2(), 0, true);
        int office = c.atLeast("officeM2", r.officeM2(), 0, true);
        if (r.labM2() != null && r.officeM2() != null && lab + office == 0) {
            c.fail("labM2", lab, "and officeM2 must not both be 0");
        }
        String containment = c.oneOf("containment", r.containment(), Vocabulary.CONTAINMENT, "none");
        String gmp = c.oneOf("gmp", r.gmp(), Vocabulary.GMP, "none");
        List<String> features = c.allOf("features", r.features(), Vocabulary.FEATURES);
        LocalDate earliest = c.month("moveInEarliest", r.moveInEarliest(), true);
        LocalDate latest = c.month("moveInLatest", r.moveInLatest(), true);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            c.fail("moveInLatest", r.moveInLatest(), "must not be before moveInEarliest " + r.moveInEarliest());
        }
        int term = c.atLeast("termMonths", r.termMonths(), 1, true);
        if (term > 360) {
            c.fail("termMonths", term, "must be <= 360");
        }
        c.positive("maxRentPerM2Year", r.maxRentPerM2Year(), false);
        c.below("maxRentPerM2Year", r.maxRentPerM2Year(), new BigDecimal("1000000"));
        int maxUnits = r.maxUnits() == null ? 3 : r.maxUnits();
        if (maxUnits < 1 || maxUnits > 10) {
            c.fail("maxUnits", maxUnits, "must be between 1 and 10");
        }
        NeedRequest.Near near = r.near();
        Double lat = near == null ? null : c.range("near.lat", near.lat(), -90, 90);
        Double lon = near == null ? null : c.range("near.lon", near.lon(), -180, 180);
        BigDecimal maxKm = near == null ? null : c.positive("near.maxKm", near.maxKm(), true);
        c.below("near.maxKm", maxKm, new BigDecimal("1000"));
        List<String> provinces = c.allOf("provinces", r.provinces(), Vocabulary.PROVINCES);
        String sector = r.sector() == null ? null : c.oneOf("sector", r.sector(), Vocabulary.SECTORS, null);
        c.throwIfAny();
        return new NeedValues(title, lab, office, containment, gmp, features, earliest, latest, term,
                r.maxRentPerM2Year(), maxUnits, lat, lon, maxKm, provinces, sector, Boolean.TRUE.equals(r.confidential()));
    }
}
