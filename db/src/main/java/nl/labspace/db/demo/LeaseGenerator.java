package nl.labspace.db.demo;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.labspace.db.market.UnitStatus;

// Tenants already in some available units: leases that began before the first demo month and run into it.
// Half were made through the marketplace and fill a need that is now 'matched'; the rest were made outside it.
final class LeaseGenerator {

    private final Dice dice;
    private final DemoIds ids;
    private final YearMonth firstMonth;

    LeaseGenerator(Dice dice, DemoIds ids, YearMonth firstMonth) {
        this.dice = dice;
        this.ids = ids;
        this.firstMonth = firstMonth;
    }

    List<DemoLease> leases(List<DemoCampus> campuses, List<DemoUnit> units, DemandGenerator demand, NeedFactory needs) {
        Map<String, DemoCampus> byId = campuses.stream().collect(Collectors.toMap(DemoCampus::id, Function.identity()));
        List<DemoUnit> free = new ArrayList<>(units.stream().filter(u -> UnitStatus.AVAILABLE.is(u.status())).toList());
        int count = (int) Math.round(free.size() * MarketShape.LEASED_SHARE_OF_UNITS);
        List<DemoLease> leases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoUnit unit = free.remove(dice.between(0, free.size() - 1));
            YearMonth first = firstMonth.minusMonths(dice.between(1, 24));
            YearMonth last = lastMonth(unit, first);
            leases.add(new DemoLease(ids.next("lease"), unit.id(),
                    dice.chance(0.5) ? matchedNeed(unit, byId.get(unit.campusId()), first, last, demand, needs) : null,
                    first, last));
        }
        return leases;
    }

    /**
     * A unit larger than any scale-up takes is let to a corporate on a corporate term (5-15 years, still running);
     * smaller ones end within the next year and a half.
     */
    private YearMonth lastMonth(DemoUnit unit, YearMonth first) {
        return unit.labM2() + unit.officeM2() > NeedArchetype.SCALE_UP.largest
                ? first.plusMonths(dice.pick(NeedArchetype.CORPORATE.terms) - 1)
                : firstMonth.plusMonths(dice.between(0, 18));
    }

    private UUID matchedNeed(DemoUnit unit, DemoCampus campus, YearMonth first, YearMonth last,
                             DemandGenerator demand, NeedFactory needs) {
        String sector = dice.pick(campus.sectors());
        DemoCompany company = demand.register(demand.newCompany(sector, false));
        int term = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        DemoNeed need = needs.matched(unit, campus, company, first, term);
        demand.add(need);
        return need.id();
    }
}
