package nl.labspace.db.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Rows the matching engine's facts are built from (the app maps them to planning facts). */
public final class MarketFacts {

    private MarketFacts() {
    }

    public record CampusFact(String id, double lat, double lon, String province, List<String> focus) {
    }

    public record UnitFact(UUID id, String campusId, int labM2, int officeM2, String containment, String gmp,
                           List<String> features, LocalDate availableFrom, LocalDate availableUntil,
                           BigDecimal rentPerM2Year, int version) {
    }

    public record NeedFact(UUID id, UUID companyId, int labM2, int officeM2, String containment, String gmp,
                           List<String> features, LocalDate moveInEarliest, LocalDate moveInLatest, int termMonths,
                           BigDecimal maxRentPerM2Year, int maxUnits, Double nearLat, Double nearLon,
                           BigDecimal nearMaxKm, List<String> provinces, String sector, String homeProvince,
                           int version, Integer maxM2) {
    }

    public record LeaseFact(UUID unitId, LocalDate firstMonth, LocalDate lastMonth) {
    }

    /**
     * An accepted, not yet confirmed proposal: it holds its units for its months. A run whose market holds its need
     * and units keeps it exactly (MATCHING.md rule 8); any other run with its units treats those months as leased.
     */
    public record PinnedFact(UUID needId, List<UUID> unitIds, LocalDate startMonth, int termMonths) {
    }

    public record Market(List<CampusFact> campuses, List<UnitFact> units, List<NeedFact> needs,
                         List<LeaseFact> leases, List<PinnedFact> pinned) {
    }
}
