package nl.labspace.matching;

import java.util.UUID;

/**
 * Announced once a run's proposals are committed (finished, or stopped with a best plan), on the run's thread:
 * listeners that do more than note it hand the work to a thread of their own.
 */
public record RunWritten(UUID runId) {
}
