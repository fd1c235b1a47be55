package nl.labspace.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.Vocabulary;
import nl.labspace.db.listing.UnitValues;
import nl.labspace.web.Checks;
import nl.labspace.web.Violation;

/** The rules a published unit follows, checked all at once; the JSON API and the CSV import share them. */
public final class UnitForm {

    static final List<String> PUBLISHABLE_STATUSES = List.of("available", "planned");
    /** The rent column is numeric(8,2). */
    static final BigDecimal MAX_RENT = new BigDecimal("1000000");

    private UnitForm() {
    }

    /** The unit's values, or a BadInput naming every broken rule. */
    public static UnitValues valuesOf(UnitRequest r) {
        Checks checks = new Checks();
        UnitValues values = read(r, checks);
        checks.throwIfAny();
        return values;
    }

    /** Every broken rule, for callers (CSV) that report rows rather than throw. */
    public static List<Violation> violationsOf(UnitRequest r) {
        Checks checks = new Checks();
        read(r, checks);
        return checks.violations();
    }

    private static UnitValues read(UnitRequest r, Checks c) {
        String name = c.text("name", r.name(), 120);
        int lab = c.atLeast("labM2", r.labM2(), 0, true);
        int office = c.atLeast("officeM2", r.officeM2(), 0, true);
        if (r.labM2() != null && r.officeM2() != null && lab + office == 0) {
            c.fail("labM2", lab, "and officeM2 must not both be 0");
        }
        String containment = c.oneOf("containment", r.containment(), Vocabulary.CONTAINMENT, "none");
        String gmp = c.oneOf("gmp", r.gmp(), Vocabulary.GMP, "none");
        List<String> features = c.allOf("features", r.features(), Vocabulary.FEATURES);
        LocalDate from = c.month("availableFrom", r.availableFrom(), true);
        LocalDate until = c.month("availableUntil", r.availableUntil(), false);
        if (from != null && until != null && until.isBefore(from)) {
            c.fail("availableUntil", r.availableUntil(), "must not be before availableFrom " + r.availableFrom());
        }
        int minTerm = c.atLeast("minTermMonths", r.minTermMonths() == null ? 1 : r.minTermMonths(), 1, false);
        Integer maxTerm = r.maxTermMonths();
        if (maxTerm != null && maxTerm < minTerm) {
            c.fail("maxTermMonths", maxTerm, "must be >= minTermMonths " + minTerm);
        }
        String status = c.oneOf("status", r.status(), PUBLISHABLE_STATUSES, "available");
        LocalDate delivery = c.month("deliveryMonth", r.deliveryMonth(), "planned".equals(status));
        if (delivery != null && from != null && delivery.isAfter(from)) {
            c.fail("deliveryMonth", r.deliveryMonth(), "must not be after availableFrom " + r.availableFrom());
        }
        c.positive("rentPerM2Year", r.rentPerM2Year(), true);
        c.below("rentPerM2Year", r.rentPerM2Year(), MAX_RENT);
        return new UnitValues(name, lab, office, containment, gmp, features, from, until, r.rentPerM2Year(), minTerm,
                maxTerm, status, delivery);
    }
}
