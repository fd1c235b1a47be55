package nl.labspace.db.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open need as demand: deliberately without company or contact, so no search result can carry them. Title,
 * sector and features are here for the app to show or withhold (confidential needs); lat/lon is the need's
 * preferred point, null when it has none.
 */
public record DemandHitRow(UUID id, boolean confidential, String title, String sector, int labM2, int officeM2,
                           String containment, String gmp, List<String> features, LocalDate moveInEarliest,
                           LocalDate moveInLatest, int termMonths, String homeProvinceCode, String homeCoropCode,
                           String homeRomCode, Double lat, Double lon, Double distanceMetres) {
}
