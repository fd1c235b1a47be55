package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The engine's solver configuration, in code so the benchmarker, the engine and a SolverManager use exactly the same
 * one. Its custom phase commands are stateless instances, so every solver built from one config may share them.
 */
public final class SolverConfigs {

    /** Long enough to cross the valleys a ruin-and-recreate move opens; 100 stalled, 400-1000 did well on medium. */
    static final int LATE_ACCEPTANCE_SIZE = 600;

    private SolverConfigs() {
    }

    /** A zero budget means construction only: the greedy fill (or warm-start repair), no local search. */
    public static SolverConfig of(EngineSettings settings, Duration budget, long seed) {
        return of(settings, budget, seed, null);
    }

    /**
     * As {@link #of(EngineSettings, Duration, long)}; with {@code unimprovedFor} the search also ends once the best
     * score has not improved for that long, whichever comes first.
     */
    public static SolverConfig of(EngineSettings settings, Duration budget, long seed, Duration unimprovedFor) {
        return of(settings, budget, seed, unimprovedFor, new SearchStart());
    }

    /** @param searchStart runs between construction and search, on the solver's thread (see {@link SearchStart}) */
    static SolverConfig of(EngineSettings settings, Duration budget, long seed, Duration unimprovedFor,
                           SearchStart searchStart) {
        SolverConfig config = base(settings, seed);
        if (budget.isZero()) {
            return config.withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyFill()));
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(budget);
        if (unimprovedFor != null) {
            // Either limit ends the solve (OptaPlanner's default composition is OR).
            termination.setUnimprovedSpentLimit(unimprovedFor);
        }
        return config.withTerminationConfig(termination)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyFill(), searchStart),
                        localSearch(settings));
    }

    /** The same search stopped after a number of steps instead of a wall-clock budget: reproducible to the move. */
    public static SolverConfig ofSteps(EngineSettings settings, int steps, long seed) {
        return ofSteps(settings, steps, seed, new SearchStart());
    }

    /** @param searchStart runs between construction and search, on the solver's thread (see {@link SearchStart}) */
    static SolverConfig ofSteps(EngineSettings settings, int steps, long seed, SearchStart searchStart) {
        return base(settings, seed).withPhases(
                new CustomPhaseConfig().withCustomPhaseCommands(new GreedyFill(), searchStart),
                localSearch(settings).withTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
    }

    private static SolverConfig base(EngineSettings settings, long seed) {
        return new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(NeedAssignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraints.class)
                        // Bavet explicitly: Drools would be picked silently if it ever came onto the class path.
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(seed);
    }

    private static LocalSearchPhaseConfig localSearch(EngineSettings settings) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0));
        if (settings.evictWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(AssignAndEvictMoveFactory.class)
                    .withFixedProbabilityWeight(settings.evictWeight()));
        }
        if (settings.ruinWeight() > 0) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class)
                    .withFixedProbabilityWeight(settings.ruinWeight()));
        }
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        LocalSearchForagerConfig forager = new LocalSearchForagerConfig();
        switch (settings.acceptor()) {
            case SIMULATED_ANNEALING -> {
                // About one small need's area: a worse plan by that much is still accepted early on.
                acceptor.withSimulatedAnnealingStartingTemperature("0hard/200medium/500soft");
                forager.withAcceptedCountLimit(1);
            }
            case TABU -> {
                acceptor.withEntityTabuRatio(0.02);
                forager.withAcceptedCountLimit(4);
            }
            case LATE_ACCEPTANCE -> {
                acceptor.withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE);
                forager.withAcceptedCountLimit(1);
            }
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(forager);
    }
}
