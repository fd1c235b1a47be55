package nl.labspace.solver.offer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;

/**
 * Every way each need may be hosted: per need, its {@link Offer}s under rules 1-6 (2b included) and the existing leases.
 * Only minimal covers are listed (no unit of an offer can be dropped with the rest still covering the areas),
 * because a smaller set is never worse for the primary objective: it frees units and its start window is at
 * least as wide. A need with a {@code fixed} entry has exactly one offer, that entry, with one start month.
 * Order per need: fewest units, then least waste, then lowest rent, then campus and unit ids; deterministic.
 * Caps are in {@link OfferLimits}; rules 7 (between needs) and 8 are left to the solver.
 */
public final class OfferCatalog {

    private final MatchingInstance instance;
    private final OfferLimits limits;
    private final Map<String, List<Offer>> byNeed;
    private final Set<String> capped;

    private OfferCatalog(MatchingInstance instance, OfferLimits limits, Map<String, List<Offer>> byNeed,
                         Set<String> capped) {
        this.instance = instance;
        this.limits = limits;
        this.byNeed = byNeed;
        this.capped = capped;
    }

    public static OfferCatalog build(MatchingInstance instance) {
        return build(instance, OfferLimits.DEFAULT);
    }

    public static OfferCatalog build(MatchingInstance instance, OfferLimits limits) {
        OfferEnumerator enumerator = new OfferEnumerator(instance, limits);
        List<Need> needs = instance.needs();
        // Needs are independent of each other, so they are enumerated in parallel; the result order is fixed.
        OfferEnumerator.Result[] results = new OfferEnumerator.Result[needs.size()];
        IntStream.range(0, needs.size()).parallel().forEach(i -> results[i] = enumerator.offersFor(needs.get(i)));
        Map<String, List<Offer>> byNeed = new LinkedHashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            byNeed.put(needs.get(i).id(), results[i].offers());
        }
        Set<String> capped = IntStream.range(0, needs.size()).filter(i -> results[i].capped())
                .mapToObj(i -> needs.get(i).id()).collect(Collectors.toUnmodifiableSet());
        return new OfferCatalog(instance, limits, Collections.unmodifiableMap(byNeed), capped);
    }

    /** The offers of one need, possibly empty (the need can never be served). */
    public List<Offer> offersFor(String needId) {
        List<Offer> offers = byNeed.get(needId);
        if (offers == null) {
            throw new IllegalArgumentException("need '%s' is not in instance %s".formatted(needId, instance.name()));
        }
        return offers;
    }

    /** Offers per need id, in the instance's need order. */
    public Map<String, List<Offer>> byNeed() {
        return byNeed;
    }

    public int size() {
        return byNeed.values().stream().mapToInt(List::size).sum();
    }

    /** True when a cap of {@link OfferLimits} dropped some valid offer of this need. */
    public boolean isCapped(String needId) {
        return capped.contains(needId);
    }

    public MatchingInstance instance() {
        return instance;
    }

    public OfferLimits limits() {
        return limits;
    }
}
