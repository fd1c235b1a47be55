package nl.labspace.db.account;

import java.util.List;
import java.util.UUID;

/** An enabled account with what it is bound to: campuses for a campus manager, region codes for a fund manager. */
public record BoundAccountRow(UUID id, String email, String role, UUID companyId, boolean wholeCountry,
                              List<String> campusIds, List<String> regionCodes) {
}
