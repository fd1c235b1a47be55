package nl.labspace.solver.offer;

/**
 * Caps on the combinatorics of {@link OfferCatalog}. Single units are never capped. Multi-unit offers are built
 * only from the {@code comboCandidatesPerCampus} most useful units of a campus (those that cannot host the need
 * alone, ranked by the share of the need they cover, then by rent), and a need keeps at most
 * {@code offersPerNeed} offers (all singles first, then combinations by least waste). No sample instance reaches
 * either cap, so the catalog there is complete.
 *
 * @param maxUnitsPerOffer sets larger than this are not enumerated even when a need allows more units
 */
public record OfferLimits(int maxUnitsPerOffer, int comboCandidatesPerCampus, int offersPerNeed) {

    public static final OfferLimits DEFAULT = new OfferLimits(3, 24, 400);

    /** No caps beyond three units per offer: for the exact reference on small instances. */
    public static final OfferLimits COMPLETE = new OfferLimits(3, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public OfferLimits {
        if (maxUnitsPerOffer < 1 || maxUnitsPerOffer > 3) {
            throw new IllegalArgumentException("maxUnitsPerOffer must be 1..3, was " + maxUnitsPerOffer);
        }
        if (comboCandidatesPerCampus < 2 || offersPerNeed < 1) {
            throw new IllegalArgumentException("limits must be positive, were %d and %d"
                    .formatted(comboCandidatesPerCampus, offersPerNeed));
        }
    }
}
