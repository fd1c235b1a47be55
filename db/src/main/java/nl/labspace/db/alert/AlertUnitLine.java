package nl.labspace.db.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A unit an alert listed, as it is now (its status tells when it has been withdrawn since). */
public record AlertUnitLine(int position, String change, UUID unitId, String name, String campusId, String campusName,
                            String city, int labM2, int officeM2, BigDecimal rentPerM2Year, LocalDate availableFrom,
                            String status) {
}
