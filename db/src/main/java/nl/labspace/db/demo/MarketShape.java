package nl.labspace.db.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

// The knobs that make the demo look like the Dutch market of DOMAIN.md, in one place: lab space is scarce in
// the Randstad and spare elsewhere, GMP capacity sits mostly in Oss, rents are highest in Amsterdam and Leiden.
final class MarketShape {

    static final int UNITS_AT_SCALE_1 = 400;
    // With the national needs and the needs filled by existing leases, about 300 needs in all.
    static final int REGIONAL_NEEDS_AT_SCALE_1 = 280;
    static final int GMP_SUITES_AT_SCALE_1 = 24;
    // Foreign firms that look at the Netherlands as a whole and name no region.
    static final int NATIONAL_NEEDS_AT_SCALE_1 = 8;
    static final double LEASED_SHARE_OF_UNITS = 0.06;

    static final Set<String> RANDSTAD = Set.of("PV26", "PV27", "PV28");

    // Where GMP suites are, and each site's share of them.
    static final Map<String, Double> GMP_SITES = Map.of(
            "pivot-park", 0.70, "brightlands-chemelot-campus", 0.15, "utrecht-science-park-bilthoven", 0.15);
    static final String MAIN_GMP_SITE = "pivot-park";

    // How strongly demand pulls per m² of lab on offer: the regional needs are spread over the provinces in
    // proportion to lab supply times this factor, so a Randstad province gets five times the needs per m² that
    // another one gets. Noord-Brabant is lowest: Oss has the country's GMP capacity, which its region does not fill.
    private static final Map<String, Double> DEMAND_FACTOR = Map.of("PV26", 2.4, "PV27", 2.5, "PV28", 2.0, "PV30", 0.3);
    private static final double DEMAND_FACTOR_ELSEWHERE = 0.45;

    // Bounds that hold whatever the dice say: a Randstad province gets more needs until its anchored lab demand
    // exceeds SHORTAGE times its supply; a need that would take another province past SPARE times its supply
    // is drawn again.
    static final double SHORTAGE = 1.2;
    static final double SPARE = 0.8;

    // Share of a campus's size that is on the market: Randstad campuses are nearly full.
    private static final double RANDSTAD_VACANCY = 0.4;

    // Neighbouring provinces a company may accept besides its own; the Randstad and the rest are kept apart,
    // as Leiden, Utrecht and Amsterdam are offered together (DOMAIN.md).
    private static final Map<String, List<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("PV26", List.of("PV27", "PV28")), Map.entry("PV27", List.of("PV26", "PV28")),
            Map.entry("PV28", List.of("PV26", "PV27")), Map.entry("PV20", List.of("PV21", "PV22")),
            Map.entry("PV23", List.of("PV22", "PV25")), Map.entry("PV25", List.of("PV23", "PV30")),
            Map.entry("PV30", List.of("PV25", "PV31")), Map.entry("PV31", List.of("PV30")));

    // Fitted lab rent, euro per m² per year (lowest, highest).
    private static final Map<String, int[]> LAB_RENT = Map.of(
            "PV26", new int[] {290, 360}, "PV27", new int[] {300, 380}, "PV28", new int[] {280, 340},
            "PV30", new int[] {200, 260}, "PV31", new int[] {190, 250}, "PV25", new int[] {200, 250});
    private static final int[] LAB_RENT_ELSEWHERE = {170, 230};
    private static final int[] LAB_RENT_LEIDEN = {310, 340};
    private static final int[] OFFICE_RENT_RANDSTAD = {200, 260};
    private static final int[] OFFICE_RENT_ELSEWHERE = {120, 170};

    private MarketShape() {
    }

    static boolean inRandstad(String province) {
        return RANDSTAD.contains(province);
    }

    static double demandFactor(String province) {
        return DEMAND_FACTOR.getOrDefault(province, DEMAND_FACTOR_ELSEWHERE);
    }

    static double vacancy(String province) {
        return inRandstad(province) ? RANDSTAD_VACANCY : 1.0;
    }

    static List<String> neighbours(String province) {
        return NEIGHBOURS.getOrDefault(province, List.of());
    }

    static int[] labRent(DemoCampus campus) {
        if (campus.id().equals("leiden-bio-science-park")) {
            return LAB_RENT_LEIDEN;
        }
        return LAB_RENT.getOrDefault(campus.provinceCode(), LAB_RENT_ELSEWHERE);
    }

    static int[] officeRent(DemoCampus campus) {
        return inRandstad(campus.provinceCode()) ? OFFICE_RENT_RANDSTAD : OFFICE_RENT_ELSEWHERE;
    }
}
