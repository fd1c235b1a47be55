package nl.labspace.solver.explain;

import java.util.List;

/**
 * The best valid placements for one need on the market as it stands (existing leases and accepted matches
 * occupied), least soft points first, one per set of units.
 *
 * @param reason why there is none; null when {@code options} is not empty
 */
public record NeedOptions(String needId, Area asked, List<InstantOption> options, Reason reason) {

    public NeedOptions {
        options = List.copyOf(options);
        if (options.isEmpty() == (reason == null)) {
            throw new IllegalArgumentException("need %s: a reason is given exactly when there is no option".formatted(needId));
        }
    }
}
