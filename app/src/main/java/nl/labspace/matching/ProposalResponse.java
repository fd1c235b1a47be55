package nl.labspace.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A proposal as its reader may see it. The need is named (id, title) only for its own company, or for a campus once
 * the need is not confidential; otherwise it is an anonymous requirement: areas, class, move-in window, region.
 * The explanation is the engine's, projected for the reader (ExplanationView): never another need's id, and for an
 * anonymous need no sector, distance or points. A matched proposal gives its rent both per m² a year and in total.
 *
 * @param rentPerM2Year euros per m² a year over the units' whole area (their average when rents differ); null unmatched
 * @param rentPerYear   euros a year for the units' whole area; null unmatched
 */
@Serdeable
public record ProposalResponse(UUID id, UUID runId, String status, @Nullable String statusReason,
                        @Nullable UUID needId, @Nullable String needTitle, Requirement requirement,
                        @Nullable String campusId, @Nullable String campusName, List<UUID> unitIds,
                        @Nullable String startMonth, @Nullable Integer termMonths,
                        @Schema(type = "object") @Nullable ExplanationView explanation, OffsetDateTime createdAt,
                        @Nullable OffsetDateTime decidedAt, @Nullable OffsetDateTime confirmedAt,
                        @Nullable BigDecimal rentPerM2Year, @Nullable Long rentPerYear) {

    @Serdeable
    public record Requirement(int labM2, int officeM2, String containment, String gmp, String moveInEarliest,
                       String moveInLatest, @Nullable String homeProvince) {
    }
}
