package nl.labspace.db.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

// Builds the whole demo market from the settings alone: no clock, no database, one seeded random source.
// Order matters for the shape: supply first, then demand sized against the supply, then existing leases.
final class DemoMarketGenerator {

    private final List<DemoCampus> campuses;

    DemoMarketGenerator() {
        this(CampusCatalog.load());
    }

    DemoMarketGenerator(List<DemoCampus> campuses) {
        this.campuses = List.copyOf(campuses);
    }

    // The given campuses and, after them, the settings' synthetic ones.
    DemoMarket generate(DemoSettings settings) {
        List<DemoCampus> campuses = withExtras(this.campuses, settings);
        SplittableRandom root = new SplittableRandom(settings.seed());
        Dice supplyDice = new Dice(root.split());
        Dice demandDice = new Dice(root.split());
        Dice leaseDice = new Dice(root.split());
        DemoIds ids = new DemoIds(settings.seed());

        List<DemoUnit> units = new SupplyGenerator(supplyDice, ids, settings.firstMonth())
                .units(campuses, settings.scale());
        NeedFactory needs = new NeedFactory(demandDice.split(), ids, settings.firstMonth());
        DemandGenerator demand = new DemandGenerator(demandDice, ids, needs);
        demand.regional(campuses, units, (int) Math.round(MarketShape.REGIONAL_NEEDS_AT_SCALE_1 * settings.scale()));
        demand.national((int) Math.round(MarketShape.NATIONAL_NEEDS_AT_SCALE_1 * settings.scale()));
        List<DemoLease> leases = new LeaseGenerator(leaseDice, ids, settings.firstMonth())
                .leases(campuses, units, demand, needs);
        return new DemoMarket(campuses, units, demand.companies(), demand.needs(), leases);
    }

    static List<DemoCampus> withExtras(List<DemoCampus> campuses, DemoSettings settings) {
        if (settings.extraCampuses() == 0) {
            return campuses;
        }
        List<DemoCampus> all = new ArrayList<>(campuses);
        all.addAll(SyntheticCampuses.make(settings.extraCampuses(), settings.seed()));
        return List.copyOf(all);
    }
}
