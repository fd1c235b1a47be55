package nl.labspace.listing;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.listing.UnitValues;
import nl.labspace.db.market.RentCover;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.web.Checks;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/** The rules a published unit follows, checked all at once; the JSON API and the CSV import share them. */
public final class UnitForm {

    static final List<String> PUBLISHABLE_STATUSES = List.of(UnitStatus.AVAILABLE.code(), UnitStatus.PLANNED.code());

    private UnitForm() {
    }

    /** The unit's values, or a BadInput naming every broken rule. */
    public static UnitValues valuesOf(UnitRequest r) {
        Checks checks = new Checks();
        UnitValues values = read(r, checks);
        checks.throwIfAny();
        return values;
    }

    /** The values and every broken rule, for callers (CSV) that report rows rather than throw. */
    public static Checked check(UnitRequest r) {
        Checks checks = new Checks();
        UnitValues values = read(r, checks);
        return new Checked(values, checks.violations());
    }

    /** values are only to be written when violations is empty. */
    public record Checked(UnitValues values, List<Violation> violations) {
    }

    private static UnitValues read(UnitRequest r, Checks c) {
        String name = c.text("name", r.name(), Limits.UNIT_NAME);
        Checks.Areas areas = c.areas(r.labM2(), r.officeM2());
        Checks.LabSpec spec = c.labSpec(r.containment(), r.gmp(), r.features());
        Checks.MonthSpan available = c.monthSpan("availableFrom", r.availableFrom(), true,
                "availableUntil", r.availableUntil(), false);
        LocalDate from = available.first();
        int minTerm = c.atLeast("minTermMonths", r.minTermMonths() == null ? 1 : r.minTermMonths(), 1, false);
        Integer maxTerm = r.maxTermMonths();
        if (maxTerm != null && maxTerm < minTerm) {
            c.fail("maxTermMonths", maxTerm, Reason.AT_LEAST_FIELD, "minTermMonths", minTerm);
        }
        String status = c.oneOf("status", r.status(), PUBLISHABLE_STATUSES, UnitStatus.AVAILABLE.code());
        LocalDate delivery = c.month("deliveryMonth", r.deliveryMonth(), UnitStatus.PLANNED.is(status));
        if (delivery != null && from != null && delivery.isAfter(from)) {
            c.fail("deliveryMonth", r.deliveryMonth(), Reason.NOT_AFTER, "availableFrom", r.availableFrom());
        }
        c.rent("rentPerM2Year", r.rentPerM2Year(), true);
        List<String> covers = rentCovers(r, areas, c);
        return new UnitValues(name, areas.labM2(), areas.officeM2(), spec.containment(), spec.gmp(), spec.features(),
                from, available.last(), r.rentPerM2Year(), minTerm, maxTerm, status, delivery, covers);
    }

    // The rent per m² is paid on the covered areas: a rent that covers no area the unit has would total nothing.
    private static List<String> rentCovers(UnitRequest r, Checks.Areas areas, Checks c) {
        if (r.rentCovers() == null) {
            return RentCover.DEFAULT;
        }
        int wrongBefore = c.violations().size();
        List<String> covers = c.allOf("rentCovers", r.rentCovers(), RentCover.CODES);
        if (c.violations().size() == wrongBefore && (areas.labM2() > 0 || areas.officeM2() > 0)
                && RentCover.coveredM2(covers, areas.labM2(), areas.officeM2()) == 0) {
            c.fail("rentCovers", String.join(",", covers), Reason.NO_COVERED_AREA, areas.labM2(), areas.officeM2());
        }
        return RentCover.CODES.stream().filter(covers::contains).toList();
    }
}
