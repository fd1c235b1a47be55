package nl.labspace.db.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

// A row of table unit. Months are YearMonths, so they can only be stored as first-of-month dates.
// availableUntil, maxTermMonths and deliveryMonth may be null.
record DemoUnit(UUID id, String campusId, String name, int labM2, int officeM2, String containment, String gmp,
                List<String> features, YearMonth availableFrom, YearMonth availableUntil, int rentPerM2Year,
                int minTermMonths, Integer maxTermMonths, String status, YearMonth deliveryMonth,
                LocalDate lastConfirmed) {

    DemoUnit {
        features = List.copyOf(features);
    }

    boolean hasGmp() {
        return !gmp.equals("none");
    }
}
