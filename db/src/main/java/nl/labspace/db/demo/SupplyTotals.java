package nl.labspace.db.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.labspace.db.market.UnitStatus;

// Lab area on offer now: units with status 'available' (not pipeline, not withdrawn), per province of the
// campus as the data file states it.
final class SupplyTotals {

    private SupplyTotals() {
    }

    static Map<String, Integer> availableLabByProvince(List<DemoCampus> campuses, List<DemoUnit> units) {
        Map<String, DemoCampus> byId = campuses.stream().collect(Collectors.toMap(DemoCampus::id, Function.identity()));
        Map<String, Integer> lab = new TreeMap<>();
        for (DemoUnit unit : units) {
            if (UnitStatus.AVAILABLE.is(unit.status())) {
                lab.merge(byId.get(unit.campusId()).provinceCode(), unit.labM2(), Integer::sum);
            }
        }
        return lab;
    }
}
