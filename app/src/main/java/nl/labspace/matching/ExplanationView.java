package nl.labspace.matching;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.solver.explain.Violation.Code;

/**
 * A proposal's explanation as one reader may see it: a projection of the engine's records
 * (nl.labspace.solver.explain), written once in {@link ExplanationProjection}. What a reader may not see is not in
 * the type: no view holds another need's id, and the anonymous view of a confidential need has no distance, no
 * sector and no points (which sum the distance). Every variant names itself in "kind".
 * <ul>
 * <li>MatchedNeed, UnmatchedNeed: the need's own company, an admin, and a campus once the need is open or confirmed;
 * other needs appear as area and "accepted" only.</li>
 * <li>AnonymousMatchedNeed, AnonymousUnmatchedNeed: a campus reading a confidential need's proposal.</li>
 * </ul>
 * Fund managers read aggregates of runs, never proposals: no view is theirs.
 */
@Serdeable
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ExplanationView.Matched.class, name = "MatchedNeed"),
        @JsonSubTypes.Type(value = ExplanationView.Unmatched.class, name = "UnmatchedNeed"),
        @JsonSubTypes.Type(value = ExplanationView.AnonymousMatched.class, name = "AnonymousMatchedNeed"),
        @JsonSubTypes.Type(value = ExplanationView.AnonymousUnmatched.class, name = "AnonymousUnmatchedNeed")})
@Schema(description = "Why the need got this space or none, as the reader may see it; \"kind\" names the variant")
public sealed interface ExplanationView {

    /** A served need: where, what it costs, any rule the plan breaks, why not somewhere cheaper. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Matched(Placement placement, List<RuleBroken> violations, WhyHere whyHere) implements ExplanationView {
    }

    /** A need left without space: the binding rule and ways to serve it anyway. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Unmatched(Area asked, ReasonView reason, List<Alternative> alternatives, long companyUnservedM2)
            implements ExplanationView {
    }

    /** A confidential need's match as its campus sees it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousMatched(AnonymousPlacement placement, List<RuleBroken> violations, AnonymousWhyHere whyHere)
            implements ExplanationView {
    }

    /** A confidential need without space, as a campus would see it: its area only. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousUnmatched(Area asked) implements ExplanationView {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Area(int labM2, int officeM2) {
        public int totalM2() {
            return labM2 + officeM2;
        }
    }

    /** What a placement shares in every view: where, when, how much, and its rent in both measures. */
    interface Where {
        String campusId();

        List<String> unitIds();

        String start();

        int termMonths();

        Area served();

        Area asked();

        /** Euros a year for the whole area of the units. */
        long rentPerYear();

        /** The same rent per m² a year of the units' area (their average when their rents differ). */
        BigDecimal rentPerM2Year();

        List<? extends Term> terms();
    }

    /**
     * Where a need is or could be hosted and what that costs it.
     *
     * @param start  first month, "YYYY-MM"
     * @param points the engine's soft points: it ranks a need's placements by them
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Placement(String campusId, List<String> unitIds, String start, int termMonths, Area served, Area asked,
                     List<Term> terms, long points, long rentPerYear, BigDecimal rentPerM2Year) implements Where {
    }

    /** A placement of a confidential need: only the terms that tell nothing about the company, and no points. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousPlacement(String campusId, List<String> unitIds, String start, int termMonths, Area served,
                              Area asked, List<NeutralTerm> terms, long rentPerYear, BigDecimal rentPerM2Year)
            implements Where {
    }

    /** One soft term of a placement's cost with its numbers and points. */
    @Serdeable
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Distance.class, name = "Distance"),
            @JsonSubTypes.Type(value = Rent.class, name = "Rent"),
            @JsonSubTypes.Type(value = WastedArea.class, name = "WastedArea"),
            @JsonSubTypes.Type(value = CampusFocus.class, name = "CampusFocus"),
            @JsonSubTypes.Type(value = HomeRegion.class, name = "HomeRegion")})
    sealed interface Term permits Distance, CampusFocus, NeutralTerm {
    }

    /** A term that says nothing about who the need is: a campus may read it of a confidential need. */
    @Serdeable
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Rent.class, name = "Rent"),
            @JsonSubTypes.Type(value = WastedArea.class, name = "WastedArea"),
            @JsonSubTypes.Type(value = HomeRegion.class, name = "HomeRegion")})
    sealed interface NeutralTerm extends Term permits Rent, WastedArea, HomeRegion {
    }

    /** From the need's preferred place to the campus. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Distance(double km, long points) implements Term {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Rent(double eurosPerYear, long points) implements NeutralTerm {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WastedArea(int m2, long points) implements NeutralTerm {
    }

    /** Whether the campus lists the need's sector as a focus. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CampusFocus(String sector, boolean listed, long points) implements Term {
    }

    /** Whether the campus lies in the need's home provinces (CBS codes), as the anonymous requirement's region does. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HomeRegion(String campusProvince, List<String> homeProvinces, boolean outside, long points)
            implements NeutralTerm {
    }

    /** A hard rule the plan breaks for this need (an engine plan breaks none); the other need is not named. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RuleBroken(Code code, String unitId, int months) {
    }

    /** Another need holding units in the months in question: its area and whether it is accepted, never its id. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Holder(int m2, boolean accepted) {
    }

    /** Why this placement and not a cheaper one (codes as in the engine's WhyHere). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WhyHere(nl.labspace.solver.explain.WhyHere.Code code, int validOptions, long chosenPoints,
                   @Schema(type = "object") @Nullable Cheaper cheaper) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cheaper(String campusId, List<String> unitIds, String start, long points, List<Holder> heldBy) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousWhyHere(nl.labspace.solver.explain.WhyHere.Code code, int validOptions,
                            @Schema(type = "object") @Nullable AnonymousCheaper cheaper) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnonymousCheaper(String campusId, List<String> unitIds, String start, List<Holder> heldBy) {
    }

    /** A way to serve an unmatched need anyway, displacing the needs that hold those units. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Alternative(String campusId, List<String> unitIds, String start, List<Holder> displaced, long displacedM2,
                       long netUnservedM2, boolean breaksAcceptedMatch, long points) {
    }
}
