package nl.labspace.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.labspace.db.matching.MarketFacts.CampusFact;
import nl.labspace.db.matching.MarketFacts.LeaseFact;
import nl.labspace.db.matching.MarketFacts.Market;
import nl.labspace.db.matching.MarketFacts.NeedFact;
import nl.labspace.db.matching.MarketFacts.PinnedFact;
import nl.labspace.db.matching.MarketFacts.UnitFact;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/**
 * Maps the market's rows to the engine's planning facts (a labspace-matching/1 instance): ids become strings,
 * months YearMonth, accepted proposals fixed entries (rule 8) or, when this run cannot keep them, occupied months
 * like leases (rule 7). It keeps the versions the run read, so a proposal remembers what it was made from. Every need
 * gets a size bound (rule 2b): the one its company gave, else the default of {@link Need#defaultMaxM2} (1.5 times the
 * asked area, at least 50 m² more), so runs, instant options and the sandbox's snapshot all apply the same bound, and
 * the snapshot carries it.
 */
final class ProblemAssembler {

    /** The instance and what the writer needs to turn its solution back into rows. */
    record Assembled(MatchingInstance instance, Map<String, NeedFact> needs, Map<String, UnitFact> units) {

        long askedM2() {
            return needs.values().stream().mapToLong(n -> n.labM2() + n.officeM2()).sum();
        }

        /** Needs whose accepted proposal the run kept as it was: it stands, so they get no new proposal. */
        Set<String> pinnedNeeds() {
            return instance.fixed().stream().map(Assignment::needId).collect(Collectors.toSet());
        }
    }

    private ProblemAssembler() {
    }

    static Assembled assemble(String name, Market market) {
        Map<String, UnitFact> units = new HashMap<>();
        market.units().forEach(u -> units.put(u.id().toString(), u));
        Map<String, NeedFact> needs = new HashMap<>();
        market.needs().forEach(n -> needs.put(n.id().toString(), n));
        List<Assignment> pinned = pinned(market.pinned(), needs, units);
        // An accepted proposal waits for its campus: a need whose accepted units are not all in this market (another
        // region, no longer fresh) is left out rather than offered other space behind the campus's back.
        Set<String> waiting = new HashSet<>();
        market.pinned().forEach(p -> waiting.add(p.needId().toString()));
        pinned.forEach(p -> waiting.remove(p.needId()));
        needs.keySet().removeAll(waiting);
        List<Lease> occupied = new ArrayList<>();
        market.leases().stream().filter(l -> units.containsKey(l.unitId().toString()))
                .map(ProblemAssembler::lease).forEach(occupied::add);
        occupied.addAll(held(market.pinned(), pinned, units));
        Map<String, Integer> acceptedM2 = new HashMap<>();
        pinned.forEach(p -> acceptedM2.put(p.needId(), p.unitIds().stream()
                .mapToInt(u -> units.get(u).labM2() + units.get(u).officeM2()).sum()));
        MatchingInstance instance = new MatchingInstance(name,
                market.campuses().stream().map(ProblemAssembler::campus).toList(),
                market.units().stream().map(ProblemAssembler::unit).toList(),
                market.needs().stream().filter(n -> needs.containsKey(n.id().toString()))
                        .map(n -> need(n, acceptedM2.getOrDefault(n.id().toString(), 0))).toList(),
                occupied, pinned);
        return new Assembled(instance, needs, units);
    }

    static Campus campus(CampusFact c) {
        return new Campus(c.id(), c.lat(), c.lon(), c.province(), c.focus());
    }

    static Unit unit(UnitFact u) {
        return new Unit(u.id().toString(), u.campusId(), u.labM2(), u.officeM2(), Containment.fromCode(u.containment()),
                GmpGrade.fromCode(u.gmp()), new HashSet<>(u.features()), month(u.availableFrom()), month(u.availableUntil()),
                u.rentPerM2Year().doubleValue());
    }

    /**
     * @param acceptedM2 total area of the need's accepted proposal, 0 if none: an accepted match was signed for and
     *                   is kept exactly (rule 8), so the bound never falls below it (the company may have lowered its
     *                   maximum since, or the proposal predates the rule)
     */
    static Need need(NeedFact n, int acceptedM2) {
        int maxM2 = Math.max(Need.effectiveMaxM2(n.maxM2(), n.labM2() + n.officeM2()), acceptedM2);
        Near near = n.nearLat() == null ? null : new Near(n.nearLat(), n.nearLon(), n.nearMaxKm().doubleValue());
        return new Need(n.id().toString(), n.companyId().toString(), n.labM2(), n.officeM2(),
                Containment.fromCode(n.containment()), GmpGrade.fromCode(n.gmp()), new HashSet<>(n.features()),
                month(n.moveInEarliest()), month(n.moveInLatest()), n.termMonths(),
                n.maxRentPerM2Year() == null ? null : n.maxRentPerM2Year().doubleValue(), n.maxUnits(), near,
                new HashSet<>(n.provinces()), n.sector(), maxM2);
    }

    static Lease lease(LeaseFact l) {
        return new Lease(l.unitId().toString(), new MonthRange(month(l.firstMonth()), month(l.lastMonth())));
    }

    /**
     * The months accepted proposals hold that this run does not keep as fixed entries (their need is homed outside
     * the scope, no longer open, or waits for units outside this market): occupied like leased months, so no run
     * proposes them to another need (MATCHING.md rule 7). The snapshot lists them among its leases.
     */
    private static List<Lease> held(List<PinnedFact> accepted, List<Assignment> fixed, Map<String, UnitFact> units) {
        Set<String> kept = fixed.stream().map(Assignment::needId).collect(Collectors.toSet());
        return accepted.stream().filter(p -> !kept.contains(p.needId().toString()))
                .flatMap(p -> p.unitIds().stream().filter(u -> units.containsKey(u.toString()))
                        .map(u -> new Lease(u.toString(), new MonthRange(month(p.startMonth()),
                                month(p.startMonth()).plusMonths(p.termMonths() - 1L)))))
                .toList();
    }

    /** Accepted proposals whose need and units are all in this market stay exactly as accepted. */
    private static List<Assignment> pinned(List<PinnedFact> pinned, Map<String, NeedFact> needs, Map<String, UnitFact> units) {
        return pinned.stream()
                .filter(p -> needs.containsKey(p.needId().toString()))
                .filter(p -> p.unitIds().stream().allMatch(u -> units.containsKey(u.toString())))
                .map(p -> new Assignment(p.needId().toString(), p.unitIds().stream().map(UUID::toString).toList(), month(p.startMonth())))
                .toList();
    }

    static YearMonth month(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }
}
