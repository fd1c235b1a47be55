package nl.labspace.db.matching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A proposal with what a reader needs to show it: the need's requirement (its identity is the app's to hide) and
 * the campus; unitIds in order.
 */
public record ProposalRow(UUID id, UUID runId, UUID needId, UUID companyId, String needTitle, boolean confidential,
                          int labM2, int officeM2, String containment, String gmp, LocalDate moveInEarliest,
                          LocalDate moveInLatest, String homeProvince, String campusId, String campusName,
                          LocalDate startMonth, Integer termMonths, String status, String statusReason,
                          List<UUID> unitIds, String explanation, OffsetDateTime createdAt, OffsetDateTime decidedAt,
                          OffsetDateTime confirmedAt) {
}
