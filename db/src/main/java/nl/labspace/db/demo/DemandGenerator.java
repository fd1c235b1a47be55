package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.labspace.db.Vocabulary;
import nl.labspace.db.market.NeedStatus;

// The companies and their needs. The regional needs are spread over the provinces with campuses in proportion
// to their lab supply times MarketShape.demandFactor, and held to MarketShape's shortage and spare bounds.
final class DemandGenerator {

    private static final List<String> GMP_SECTORS = List.of("cell-gene-therapy", "vaccines", "drug-discovery", "oncology");
    // A province with spare space is full once this many drawn needs did not fit under its bound.
    private static final int MISSES_BEFORE_FULL = 50;

    private final Dice dice;
    private final DemoIds ids;
    private final NeedFactory factory;
    private final CompanyNames names = new CompanyNames();
    private final List<DemoCompany> companies = new ArrayList<>();
    private final List<DemoNeed> needs = new ArrayList<>();
    private final Map<String, List<DemoCompany>> companiesByProvince = new HashMap<>();

    DemandGenerator(Dice dice, DemoIds ids, NeedFactory factory) {
        this.dice = dice;
        this.ids = ids;
        this.factory = factory;
    }

    void regional(List<DemoCampus> campuses, List<DemoUnit> units, int count) {
        Map<String, List<DemoCampus>> byProvince = new TreeMap<>();
        campuses.forEach(c -> byProvince.computeIfAbsent(c.provinceCode(), p -> new ArrayList<>()).add(c));
        Map<String, Integer> supply = SupplyTotals.availableLabByProvince(campuses, units);
        Map<String, Double> weights = new LinkedHashMap<>();
        byProvince.keySet().forEach(p -> weights.put(p, supply.getOrDefault(p, 0) * MarketShape.demandFactor(p)));
        Map<String, Integer> counts = Apportion.byWeight(weights, count);
        byProvince.forEach((province, homes) ->
                province(province, homes, counts.get(province), supply.getOrDefault(province, 0)));
    }

    // Foreign firms looking at the Netherlands as a whole: no region, and commercially confidential.
    void national(int count) {
        for (int i = 0; i < count; i++) {
            NeedArchetype kind = dice.pick(List.of(NeedArchetype.SCALE_UP, NeedArchetype.CORPORATE, NeedArchetype.GMP),
                    0.4, 0.4, 0.2);
            DemoCompany company = register(newCompany(sectorFor(kind, null), true));
            needs.add(factory.open(kind, company, NeedPlace.ANYWHERE, null, true));
        }
    }

    DemoCompany register(DemoCompany company) {
        companies.add(company);
        return company;
    }

    DemoCompany newCompany(String sector, boolean foreign) {
        return new DemoCompany(ids.next("company"), names.next(dice, sector, foreign), sector);
    }

    void add(DemoNeed need) {
        needs.add(need);
    }

    List<DemoCompany> companies() {
        return companies;
    }

    List<DemoNeed> needs() {
        return needs;
    }

    // Demand counts open lab m². In the Randstad only anchored needs count: needs open to several Randstad
    // provinces come on top. Elsewhere every open need counts.
    private void province(String province, List<DemoCampus> homes, int count, int supply) {
        boolean randstad = MarketShape.inRandstad(province);
        List<DemoCompany> known = companiesByProvince.computeIfAbsent(province, p -> new ArrayList<>());
        double demand = 0;
        int made = 0;
        int misses = 0;
        while (randstad ? made < count || demand <= supply * MarketShape.SHORTAGE
                        : made < count && misses < MISSES_BEFORE_FULL) {
            Draft draft = draft(dice.pick(List.of(NeedArchetype.values()), NeedArchetype.weights()), known, homes);
            boolean counts = NeedStatus.OPEN.is(draft.need.status()) && (!randstad || draft.place.anchored());
            if (!randstad && counts && demand + draft.need.labM2() > supply * MarketShape.SPARE) {
                misses++;
                continue;
            }
            if (draft.newCompany) {
                known.add(register(draft.company));
            }
            needs.add(draft.need);
            demand += counts ? draft.need.labM2() : 0;
            made++;
        }
    }

    // A drawn need with its company, which is registered only when the need is kept.
    private record Draft(DemoNeed need, NeedPlace place, DemoCompany company, boolean newCompany) {
    }

    private Draft draft(NeedArchetype kind, List<DemoCompany> known, List<DemoCampus> homes) {
        // Some companies post a second need in their region; most are new.
        boolean reuse = !known.isEmpty() && dice.chance(0.1);
        DemoCompany company = reuse ? dice.pick(known) : newCompany(sectorFor(kind, dice.pick(homes)), false);
        DemoCampus home = homeCampus(homes, company.sector());
        NeedPlace place = NeedPlace.around(dice, kind, home);
        boolean confidential = dice.chance(kind == NeedArchetype.CORPORATE ? 0.5 : 0.13);
        return new Draft(factory.open(kind, company, place, home, confidential), place, company, !reuse);
    }

    private String sectorFor(NeedArchetype kind, DemoCampus campus) {
        if (kind == NeedArchetype.GMP) {
            return dice.pick(GMP_SECTORS);
        }
        return campus != null && dice.chance(0.7) ? dice.pick(campus.sectors()) : dice.pick(Vocabulary.SECTORS);
    }

    // Companies cluster at campuses of their own sector and at large campuses.
    private DemoCampus homeCampus(List<DemoCampus> homes, String sector) {
        double[] weights = homes.stream()
                .mapToDouble(c -> c.sizeWeight() * (c.sectors().contains(sector) ? 3.0 : 1.0)).toArray();
        return dice.pick(homes, weights);
    }
}
