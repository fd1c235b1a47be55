package nl.labspace.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;

/** The English renderer prints the README's kind of text from the records alone, in any default locale. */
class EnglishTextTest {

    private static final YearMonth JAN_2028 = YearMonth.of(2028, 1);
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aMatchedNeedReadsAsItsPlacementTermsAndWhyNotCheaper() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        PlacementDetail p = new PlacementDetail("wageningen-campus", List.of("U-012"), JAN_2028, 9, new Area(150, 100),
                new Area(140, 100), List.of(new CostTerm.Distance(90.93, 909), new CostTerm.Rent(65_000, 65),
                        new CostTerm.WastedArea(10, 10), new CostTerm.CampusFocus("food-nutrition", true, 0),
                        new CostTerm.HomeRegion("PV25", List.of("PV28"), true, 500)), 1484);
        WhyHere why = new WhyHere(WhyHere.Code.CHEAPER_TAKEN, 6, 1484, new WhyHere.Cheaper("erasmus-mc-rotterdam",
                List.of("U-032"), JAN_2028, 529, List.of(new Holder("N-030", 300, false))));
        PlanExplanation plan = new PlanExplanation("sample-small", 0, 0, 1484,
                List.of(new MatchedNeed("N-009", p, List.of(), why)));

        assertThat(EnglishText.of(plan)).isEqualTo("""
                N-009 (lab 140 m², office 100 m²) gets U-012 at wageningen-campus from 2028-01 for 9 months: 250 m² for 240 m² asked.
                  - Distance: 90.9 km from the preferred place to wageningen-campus (909 points).
                  - Rent: € 65,000 a year for U-012 (65 points).
                  - Wasted area: 10 m² more than asked (10 points).
                  - Campus focus: wageningen-campus lists the sector 'food-nutrition' (0 points).
                  - Region: wageningen-campus lies in PV25, outside the home province PV28 (500 points).
                  - Why not cheaper: U-032 at erasmus-mc-rotterdam from 2028-01 would cost 529 points instead of 1484, but N-030 holds those units then, and the engine found no way to move them that serves as much area at a lower total cost.
                """);
    }

    @Test
    void anUnmatchedNeedReadsAsItsReasonAndAlternatives() {
        Alternative alt = new Alternative("wageningen-campus", List.of("U-009", "U-017"), JAN_2028.minusMonths(1),
                List.of(new Holder("N-022", 2_330, false)), 2_330, 690, false, 8001);
        UnmatchedNeed taken = new UnmatchedNeed("N-018", new Area(950, 690), new Reason.AllOptionsTaken(6, 1),
                List.of(alt), 1_640);

        assertThat(EnglishText.headline(taken)).isEqualTo("N-018 (lab 950 m², office 690 m²) is not served: every one "
                + "of its 6 valid options on 1 campus is taken by other needs in those months.");
        assertThat(EnglishText.details(taken)).containsExactly("Alternative: U-009 + U-017 at wageningen-campus from "
                + "2027-12 would displace N-022 (2,330 m²): net +690 m² unserved; 8001 soft points.");
    }

    @Test
    void everyReasonCodeHasItsSentence() {
        assertThat(EnglishText.reason(new Reason.MissingFeatures(List.of("fume-hood"), 1)))
                .isEqualTo("no lab with features fume-hood on the 1 campus within reach.");
        assertThat(EnglishText.reason(new Reason.NoLabClass(Containment.ML_III, GmpGrade.NONE, 2)))
                .isEqualTo("no lab with containment ML-III on the 2 campuses within reach.");
        assertThat(EnglishText.reason(new Reason.RentAboveMax(300, 250))).contains("€ 300 per m²", "€ 250");
        assertThat(EnglishText.reason(new Reason.NoCampusInReach(10.0, List.of(), "leiden", 181.9)))
                .isEqualTo("no campus within 10 km of the preferred place (nearest: leiden at 182 km).");
        assertThat(EnglishText.reason(new Reason.NoTiming(JAN_2028, JAN_2028, 12, false))).startsWith("timing:");
        assertThat(EnglishText.reason(new Reason.NotEnoughArea(3, 3_210, 50))).isEqualTo(
                "too little space: at most 3 suitable units on one campus give at most 3,210 m² lab and 50 m² office.");
        assertThat(EnglishText.reason(new Reason.FreeOptionUnused(2, 1))).contains("is free");
        assertThat(EnglishText.reason(new Reason.AreaAboveMax(3_625, 525, Containment.ML_II, GmpGrade.NONE)))
                .isEqualTo("too large: the smallest ML-II space within reach is 3,625 m², over the maximum of 525 m².");
        assertThat(EnglishText.reason(new Reason.AreaAboveMax(400, 200, Containment.NONE, GmpGrade.NONE)))
                .isEqualTo("too large: the smallest suitable space within reach is 400 m², over the maximum of 200 m².");
    }

    @Test
    void instantOptionsReadAsOneLinePerOptionWithItsTerms() {
        PlacementDetail p = new PlacementDetail("leiden", List.of("U-1"), JAN_2028, 12, new Area(300, 100),
                new Area(300, 100), List.of(new CostTerm.Rent(40_000, 40)), 40);
        NeedOptions options = new NeedOptions("N-1", new Area(300, 100), List.of(new InstantOption(p, JAN_2028.plusMonths(2))), null);
        NeedOptions none = new NeedOptions("N-2", new Area(100, 0), List.of(), new Reason.AllOptionsTaken(2, 1));

        assertThat(EnglishText.of(options)).isEqualTo("""
                N-1 (lab 300 m², office 100 m²) has 1 option:
                U-1 at leiden, start 2028-01 to 2028-03 for 12 months: 400 m² for 400 m² asked, 40 points.
                  - Rent: € 40,000 a year for U-1 (40 points).
                """);
        assertThat(EnglishText.of(none)).isEqualTo("N-2 (lab 100 m², office 0 m²) has no option: every one of its 2 "
                + "valid options on 1 campus is taken by other needs in those months.\n");
    }
}
