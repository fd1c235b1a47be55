package nl.labspace.solver.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * Turns an instance and its offer catalog into a planning problem: every (offer, start month) of a need becomes
 * one placement, accepted matches are pinned, and a previous solution (warm start) is carried over where its
 * assignments are still offered.
 */
final class PlanBuilder {

    /** Beyond this many start months per offer, keep evenly spaced ones (first and last included). */
    static final int MAX_STARTS_PER_OFFER = 12;
    /** Beyond this many placements per need, keep the cheapest (soft cost) ones. */
    static final int MAX_PLACEMENTS_PER_NEED = 1_000;

    private final MatchingInstance instance;
    private final Map<String, List<Offer>> offers;
    private final Map<String, List<Placement>> reusable;
    private final Map<String, Campus> campuses;
    private final Map<String, Unit> units;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> campusIndex = new HashMap<>();
    private final SoftCosts softCosts;

    PlanBuilder(OfferCatalog catalog) {
        this(catalog.instance(), catalog.byNeed(), Map.of());
    }

    /**
     * @param offers   per need id, as an {@link OfferCatalog} gives them
     * @param reusable placements per need id still valid from an earlier plan (same need, index and supply)
     */
    PlanBuilder(MatchingInstance instance, Map<String, List<Offer>> offers, Map<String, List<Placement>> reusable) {
        this.instance = instance;
        this.offers = offers;
        this.reusable = reusable;
        this.campuses = instance.campuses().stream().collect(Collectors.toMap(Campus::id, Function.identity()));
        this.units = instance.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        this.softCosts = new SoftCosts(instance.campuses());
        for (int i = 0; i < instance.units().size(); i++) {
            unitIndex.put(instance.units().get(i).id(), i);
        }
        for (int i = 0; i < instance.campuses().size(); i++) {
            campusIndex.put(instance.campuses().get(i).id(), i);
        }
    }

    MatchingPlan build(MatchingSolution warmStart) {
        Map<String, Assignment> fixed = instance.fixed().stream()
                .collect(Collectors.toMap(Assignment::needId, Function.identity()));
        Map<String, Assignment> previous = warmStart == null ? Map.of() : warmStart.assignments().stream()
                .collect(Collectors.toMap(Assignment::needId, Function.identity(), (a, b) -> a));
        List<Need> needs = instance.needs();
        // Needs are independent here, so their placements are built in parallel; the result order is fixed.
        List<List<Placement>> optionsPerNeed = IntStream.range(0, needs.size()).parallel()
                .mapToObj(i -> reusable.containsKey(needs.get(i).id()) ? reusable.get(needs.get(i).id())
                        : placementsOf(needs.get(i), i))
                .toList();
        List<NeedAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            List<Placement> options = optionsPerNeed.get(i);
            boolean pinned = fixed.containsKey(need.id());
            Assignment start = pinned ? fixed.get(need.id()) : previous.get(need.id());
            Placement chosen = start == null ? null : find(options, start);
            if (pinned && chosen == null) {
                throw new IllegalArgumentException("fixed match of need %s is not a valid offer".formatted(need.id()));
            }
            assignments.add(new NeedAssignment(need, i, options, byCampus(options), pinned, chosen));
        }
        return new MatchingPlan(instance.name(), leaseBlocks(), assignments, index(assignments));
    }

    private static Placement find(List<Placement> options, Assignment assignment) {
        List<String> units = assignment.unitIds().stream().sorted().toList();
        return options.stream().filter(p -> p.getStart().equals(assignment.start()) && p.unitIds().equals(units))
                .findFirst().orElse(null);
    }

    private Map<Integer, List<Placement>> byCampus(List<Placement> options) {
        Map<Integer, List<Placement>> byCampus = new HashMap<>();
        for (Placement p : options) {
            byCampus.computeIfAbsent(campusIndex.get(p.getCampus().id()), k -> new ArrayList<>()).add(p);
        }
        return byCampus;
    }

    private List<Placement> placementsOf(Need need, int needIndex) {
        List<String> home = softCosts.homeProvinces(need);
        List<Placement> placements = new ArrayList<>();
        for (Offer offer : offers.getOrDefault(need.id(), List.of())) {
            Campus campus = campuses.get(offer.campusId());
            List<Unit> chosen = offer.unitIds().stream().map(units::get).toList();
            int[] indexes = offer.unitIds().stream().mapToInt(unitIndex::get).toArray();
            SoftCost cost = softCosts.of(need, campus, chosen, home);
            for (YearMonth start : starts(offer)) {
                placements.add(new Placement(need, needIndex, campus, chosen, indexes, start, cost));
            }
        }
        // Stable sort: ties keep the catalog's deterministic order.
        placements.sort(Comparator.comparingLong((Placement p) -> MatchingWeights.placementSoft(p.getCost())));
        return placements.size() > MAX_PLACEMENTS_PER_NEED ? placements.subList(0, MAX_PLACEMENTS_PER_NEED) : placements;
    }

    private static List<YearMonth> starts(Offer offer) {
        int first = Months.index(offer.starts().first());
        int count = (int) offer.starts().months();
        List<YearMonth> starts = new ArrayList<>();
        if (count <= MAX_STARTS_PER_OFFER) {
            for (int m = 0; m < count; m++) {
                starts.add(Months.month(first + m));
            }
        } else {
            for (int k = 0; k < MAX_STARTS_PER_OFFER; k++) {
                starts.add(Months.month(first + (int) Math.round(k * (count - 1) / (double) (MAX_STARTS_PER_OFFER - 1))));
            }
        }
        return starts;
    }

    private List<LeaseBlock> leaseBlocks() {
        List<LeaseBlock> blocks = new ArrayList<>();
        for (Lease lease : instance.leases()) {
            Integer unit = unitIndex.get(lease.unitId());
            if (unit != null) {
                blocks.add(new LeaseBlock(unit, lease.unitId(), Months.index(lease.period().first()),
                        Months.index(lease.period().last()) + 1));
            }
        }
        return blocks;
    }

    private PlanIndex index(List<NeedAssignment> assignments) {
        int unitCount = instance.units().size();
        int[] campusOfUnit = instance.units().stream().mapToInt(u -> campusIndex.get(u.campusId())).toArray();
        List<List<Integer>> byUnit = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            byUnit.add(new ArrayList<>());
        }
        List<List<Integer>> byCampus = new ArrayList<>();
        for (int c = 0; c < campusIndex.size(); c++) {
            byCampus.add(new ArrayList<>());
        }
        for (NeedAssignment a : assignments) {
            a.getOptions().stream().flatMapToInt(p -> java.util.Arrays.stream(p.unitIndexes())).distinct()
                    .forEach(u -> byUnit.get(u).add(a.getIndex()));
            a.getOptions().stream().mapToInt(p -> campusIndex.get(p.getCampus().id())).distinct()
                    .forEach(c -> byCampus.get(c).add(a.getIndex()));
        }
        return new PlanIndex(unitCount, toArrays(byUnit), toArrays(byCampus), campusOfUnit,
                PlanIndex.scanLimitFor(assignments.size()));
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
