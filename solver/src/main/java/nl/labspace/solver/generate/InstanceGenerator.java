package nl.labspace.solver.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * Seeded, realistic matching instances in the mould of the shared samples: real campuses, supply spread over the
 * country but demand concentrated in the Randstad (PV26, PV27, PV28), so the Randstad is over-demanded; the size,
 * rent, class, feature, lease and fixed-match mix follows the samples and DOMAIN.md. Asking for more campuses than
 * the 26 real ones adds satellite sites a few km from real campuses (ids ending in -site-2, -site-3...).
 */
public final class InstanceGenerator {

    private static final double LEASED_UNIT_SHARE = 0.12;
    private static final double FIXED_NEED_SHARE = 0.02;

    private InstanceGenerator() {
    }

    public static MatchingInstance generate(GeneratorSettings settings) {
        Draw draw = new Draw(settings.seed());
        List<Campus> all = CampusSites.load();
        List<Campus> campuses = chooseCampuses(all, settings.campuses(), draw);
        UnitFactory unitFactory = new UnitFactory(draw, settings);
        List<Unit> units = new ArrayList<>();
        double[] weights = campuses.stream().mapToDouble(c -> CampusSites.RANDSTAD.contains(c.province()) ? 0.7 : 1.0)
                .toArray();
        for (int i = 0; i < settings.units(); i++) {
            // Every campus gets a unit first, then supply follows the weights.
            Campus campus = i < campuses.size() ? campuses.get(i) : campuses.get(draw.weighted(weights));
            units.add(unitFactory.unit(id("U", i, settings.units()), campus));
        }
        NeedFactory needFactory = new NeedFactory(draw, settings, all);
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < settings.needs(); i++) {
            needs.add(needFactory.need(id("N", i, settings.needs()), settings.needs()));
        }
        List<Lease> leases = leases(units, settings, draw);
        MatchingInstance open = new MatchingInstance(settings.instanceName(), campuses, units, needs, leases, List.of());
        return new MatchingInstance(open.name(), campuses, units, needs, leases, fixed(open, draw));
    }

    static String id(String prefix, int index, int count) {
        int width = Math.max(3, String.valueOf(count).length());
        return prefix + "-" + String.format("%0" + width + "d", index + 1);
    }

    /** About 40% Randstad campuses, the rest elsewhere, in a seeded order; satellites beyond the real 26. */
    private static List<Campus> chooseCampuses(List<Campus> all, int count, Draw draw) {
        List<Campus> randstad = new ArrayList<>(all.stream().filter(c -> CampusSites.RANDSTAD.contains(c.province()))
                .toList());
        List<Campus> elsewhere = new ArrayList<>(all.stream().filter(c -> !randstad.contains(c)).toList());
        draw.shuffle(randstad);
        draw.shuffle(elsewhere);
        int fromRandstad = Math.min(randstad.size(), Math.max(1, (int) Math.round(Math.min(count, all.size()) * 0.4)));
        List<Campus> chosen = new ArrayList<>(randstad.subList(0, fromRandstad));
        for (int i = 0; chosen.size() < Math.min(count, all.size()); i++) {
            chosen.add(i < elsewhere.size() ? elsewhere.get(i) : randstad.get(fromRandstad + i - elsewhere.size()));
        }
        for (int i = 0; chosen.size() < count; i++) {
            Campus base = all.get(i % all.size());
            double km = draw.between(2.0, 6.0);
            double bearing = draw.between(0, 2 * Math.PI);
            chosen.add(new Campus("%s-site-%d".formatted(base.id(), 2 + i / all.size()),
                    base.lat() + km / 111.2 * Math.cos(bearing),
                    base.lon() + km / (111.2 * Math.cos(Math.toRadians(base.lat()))) * Math.sin(bearing),
                    base.province(), base.focus()));
        }
        return chosen;
    }

    /** Existing leases on about 12% of the units, around the start of the horizon. */
    private static List<Lease> leases(List<Unit> units, GeneratorSettings s, Draw draw) {
        List<Lease> leases = new ArrayList<>();
        for (Unit u : units) {
            if (draw.chance(LEASED_UNIT_SHARE)) {
                YearMonth first = s.firstMonth().plusMonths(draw.between(-12, s.months() - 6));
                leases.add(new Lease(u.id(), new MonthRange(first, first.plusMonths(draw.between(2, 36)))));
            }
        }
        return leases;
    }

    /** About 2% of needs already accepted a match: the first free offer of a seeded choice of needs. */
    private static List<Assignment> fixed(MatchingInstance open, Draw draw) {
        int wanted = (int) Math.round(open.needs().size() * FIXED_NEED_SHARE);
        if (wanted == 0) {
            return List.of();
        }
        OfferCatalog catalog = OfferCatalog.build(open);
        List<Need> order = new ArrayList<>(open.needs());
        draw.shuffle(order);
        Map<String, List<MonthRange>> taken = new HashMap<>();
        List<Assignment> fixed = new ArrayList<>();
        for (Need need : order) {
            if (fixed.size() == wanted) {
                break;
            }
            for (Offer offer : catalog.offersFor(need.id())) {
                MonthRange period = need.periodFrom(offer.starts().first());
                boolean free = offer.unitIds().stream().allMatch(u -> taken.getOrDefault(u, List.of()).stream()
                        .noneMatch(p -> p.overlaps(period)));
                if (free) {
                    offer.unitIds().forEach(u -> taken.computeIfAbsent(u, k -> new ArrayList<>()).add(period));
                    fixed.add(new Assignment(need.id(), offer.unitIds(), offer.starts().first()));
                    break;
                }
            }
        }
        fixed.sort(Comparator.comparing(Assignment::needId));
        return fixed;
    }
}
