package nl.labspace.db.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

// A row of table need plus its need_province rows. near, maxRentPerM2Year, maxM2 and withdrawal may be null; an empty
// provinces list and no near point means the company would go anywhere in the country.
record DemoNeed(UUID id, UUID companyId, String title, int labM2, int officeM2, String containment, String gmp,
                List<String> features, YearMonth moveInEarliest, YearMonth moveInLatest, int termMonths,
                Integer maxRentPerM2Year, int maxUnits, Near near, List<String> provinces, String sector,
                boolean confidential, String status, Integer maxM2, Withdrawal withdrawal) {

    DemoNeed {
        features = List.copyOf(features);
        provinces = List.copyOf(provinces);
    }

    // Why and on which day a withdrawn need was withdrawn (need.withdraw_reason, withdrawn_at).
    record Withdrawal(String reason, LocalDate day) {
    }

    // A preferred point and the distance from it the company will accept.
    record Near(double lon, double lat, int maxKm) {
    }
}
