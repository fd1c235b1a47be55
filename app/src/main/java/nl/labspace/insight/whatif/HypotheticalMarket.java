package nl.labspace.insight.whatif;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.db.whatif.BuildingValues;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Unit;

/**
 * The market with a scenario's buildings added, as planning facts: a building on a campus adds units to it, one
 * elsewhere is a campus of its own; each building is let as its number of equal suites from its delivery month. The
 * ids start with "whatif:", which no campus id (a slug) or unit id (a UUID) of the market can take.
 */
final class HypotheticalMarket {

    /** The instance with the buildings, and which building each added unit belongs to (by position). */
    record Added(MatchingInstance instance, Map<String, Integer> buildingOfUnit) {
    }

    private HypotheticalMarket() {
    }

    static Added with(MatchingInstance market, List<BuildingRow> buildings) {
        List<Campus> campuses = new ArrayList<>(market.campuses());
        List<Unit> units = new ArrayList<>(market.units());
        Map<String, Integer> buildingOfUnit = new HashMap<>();
        for (BuildingRow b : buildings) {
            BuildingValues v = b.values();
            String campus = v.campusId();
            if (campus == null) {
                campus = "whatif:site-" + v.position();
                campuses.add(new Campus(campus, v.lat(), v.lon(), b.provinceCode(), List.of()));
            }
            for (Unit suite : suites(v, campus)) {
                units.add(suite);
                buildingOfUnit.put(suite.id(), v.position());
            }
        }
        MatchingInstance instance = new MatchingInstance(market.name() + "-whatif", campuses, units, market.needs(),
                market.leases(), market.fixed());
        return new Added(instance, buildingOfUnit);
    }

    /** Equal suites; the odd m² of lab go to the first suites and of office to the last, so none is left empty. */
    static List<Unit> suites(BuildingValues v, String campus) {
        int n = v.suites();
        List<Unit> suites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int lab = v.labM2() / n + (i < v.labM2() % n ? 1 : 0);
            int office = v.officeM2() / n + (i >= n - v.officeM2() % n ? 1 : 0);
            suites.add(new Unit("whatif:%d-%02d".formatted(v.position(), i + 1), campus, lab, office,
                    Containment.fromCode(v.containment()), GmpGrade.fromCode(v.gmp()), new HashSet<>(v.features()),
                    YearMonth.from(v.deliveryMonth()), null, v.rentPerM2Year().doubleValue()));
        }
        return suites;
    }
}
