package nl.labspace.matching;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a need has no space or no option, as its company reads it: the engine's Reason (one variant per binding
 * rule, "kind" naming it) with months as "YYYY-MM" and lab classes as their codes. Only the need's own company and
 * admins read reasons; a new rule in the engine is one more record here and one line in ExplanationProjection,
 * StoredExplanation and ExplanationSentences.
 */
@Serdeable
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReasonView.NoCampusInReach.class, name = "NoCampusInReach"),
        @JsonSubTypes.Type(value = ReasonView.NoLabClass.class, name = "NoLabClass"),
        @JsonSubTypes.Type(value = ReasonView.MissingFeatures.class, name = "MissingFeatures"),
        @JsonSubTypes.Type(value = ReasonView.RentAboveMax.class, name = "RentAboveMax"),
        @JsonSubTypes.Type(value = ReasonView.AreaAboveMax.class, name = "AreaAboveMax"),
        @JsonSubTypes.Type(value = ReasonView.NoTiming.class, name = "NoTiming"),
        @JsonSubTypes.Type(value = ReasonView.NotEnoughArea.class, name = "NotEnoughArea"),
        @JsonSubTypes.Type(value = ReasonView.AllOptionsTaken.class, name = "AllOptionsTaken"),
        @JsonSubTypes.Type(value = ReasonView.FreeOptionUnused.class, name = "FreeOptionUnused")})
@Schema(description = "The rule that binds, with its numbers; \"kind\" names it")
public sealed interface ReasonView {

    /** @param maxKm null when the need named provinces only */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NoCampusInReach(@Nullable Double maxKm, List<String> provinces, @Nullable String nearestCampusId,
                           @Nullable Double nearestKm) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NoLabClass(String containment, String gmp, int campusesInReach) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MissingFeatures(List<String> features, int campusesInReach) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RentAboveMax(double cheapestPerM2Year, double maxPerM2Year) implements ReasonView {
    }

    /** Rule 2b: the smallest suitable space in reach (whole units, one campus) is larger than the need's maximum. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AreaAboveMax(int smallestM2, int maxM2, String containment, String gmp) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NoTiming(String moveInEarliest, String moveInLatest, int termMonths, boolean together) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NotEnoughArea(int maxUnits, int mostLabM2, int mostOfficeM2) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AllOptionsTaken(int validOptions, int campuses) implements ReasonView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FreeOptionUnused(int validOptions, int campuses) implements ReasonView {
    }
}
