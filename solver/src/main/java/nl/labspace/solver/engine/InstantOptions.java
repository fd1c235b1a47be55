package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.explain.InstantOption;
import nl.labspace.solver.explain.NeedOptions;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * The best places for one need right now, without solving the market: its offers are enumerated on a market
 * holding that need alone, where existing leases and every other need's accepted match count as taken months.
 * Other needs are otherwise ignored, so an option never disturbs anyone's accepted match; it may still compete
 * with proposals of the next national run.
 */
final class InstantOptions {

    private final MatchingInstance instance;
    private final Map<String, Need> needs;

    InstantOptions(MatchingInstance instance) {
        this.instance = instance;
        this.needs = instance.needs().stream().collect(Collectors.toMap(Need::id, Function.identity()));
    }

    NeedOptions of(String needId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        Need need = needs.get(needId);
        if (need == null) {
            throw new IllegalArgumentException("need '%s' is not in instance %s".formatted(needId, instance.name()));
        }
        List<Offer> offers = OfferCatalog.build(alone(need, true)).offersFor(needId);
        if (offers.isEmpty()) {
            return new NeedOptions(needId, CostTerms.asked(need), List.of(), reasonForNone(need));
        }
        return new NeedOptions(needId, CostTerms.asked(need), best(need, offers, limit), null);
    }

    /**
     * The cheapest offers by the engine's soft cost, one per unit set (its earliest start window; the catalog
     * lists a set's windows earliest first). Ties keep the catalog's deterministic order.
     */
    private List<InstantOption> best(Need need, List<Offer> offers, int limit) {
        Map<String, Campus> campuses = instance.campuses().stream().collect(Collectors.toMap(Campus::id, Function.identity()));
        Map<String, Unit> units = instance.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        SoftCosts costs = new SoftCosts(instance.campuses());
        List<String> home = costs.homeProvinces(need);
        Map<List<String>, InstantOption> perUnitSet = new LinkedHashMap<>();
        for (Offer offer : offers) {
            if (!perUnitSet.containsKey(offer.unitIds())) {
                Campus campus = campuses.get(offer.campusId());
                List<Unit> chosen = offer.unitIds().stream().map(units::get).toList();
                SoftCost cost = costs.of(need, campus, chosen, home);
                perUnitSet.put(offer.unitIds(), new InstantOption(
                        CostTerms.detail(need, campus, chosen, offer.starts().first(), cost), offer.starts().last()));
            }
        }
        return perUnitSet.values().stream()
                .sorted(Comparator.comparingLong(o -> o.placement().points()))
                .limit(limit).toList();
    }

    /** Taken by accepted matches when some offer exists without them; else the rule that leaves no candidate. */
    private Reason reasonForNone(Need need) {
        List<Offer> ignoringAccepted = OfferCatalog.build(alone(need, false)).offersFor(need.id());
        if (!ignoringAccepted.isEmpty()) {
            return new Reason.AllOptionsTaken((int) ignoringAccepted.stream().map(Offer::unitIds).distinct().count(),
                    (int) ignoringAccepted.stream().map(Offer::campusId).distinct().count());
        }
        return new BindingRule(instance.campuses(), instance.units(), instance.leases()).of(need);
    }

    /** The market with this need only; other needs' accepted matches become leases when {@code acceptedTaken}. */
    private MatchingInstance alone(Need need, boolean acceptedTaken) {
        List<Lease> leases = new ArrayList<>(instance.leases());
        List<Assignment> own = new ArrayList<>();
        for (Assignment fixed : instance.fixed()) {
            if (fixed.needId().equals(need.id())) {
                own.add(fixed);
            } else if (acceptedTaken) {
                leases.addAll(asLeases(fixed));
            }
        }
        return new MatchingInstance(instance.name(), instance.campuses(), instance.units(), List.of(need), leases, own);
    }

    private List<Lease> asLeases(Assignment fixed) {
        Need holder = needs.get(fixed.needId());
        if (holder == null) {
            throw new IllegalArgumentException("fixed match of need '%s' names a need that is not in instance %s"
                    .formatted(fixed.needId(), instance.name()));
        }
        return fixed.unitIds().stream().map(u -> new Lease(u, holder.periodFrom(fixed.start()))).toList();
    }
}
