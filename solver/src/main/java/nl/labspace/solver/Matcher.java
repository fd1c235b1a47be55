package nl.labspace.solver;

import java.time.Duration;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;

/** Anything that turns an instance into a feasible solution (rules 1-8) within a time budget. */
public interface Matcher {

    /**
     * @param budget wall-clock time the matcher may use; a fast matcher may return early
     * @param seed   makes randomised matchers repeatable; deterministic ones ignore it
     */
    MatchingSolution solve(MatchingInstance instance, Duration budget, long seed);
}
