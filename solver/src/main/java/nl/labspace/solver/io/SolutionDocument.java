package nl.labspace.solver.io;

import nl.labspace.solver.domain.MatchingSolution;

/** A solution file as read: the declared format (null when absent) next to its content. */
public record SolutionDocument(String format, MatchingSolution solution) {
}
