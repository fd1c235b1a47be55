package nl.labspace.db.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One cell as one snapshot kept it. A snapshot without the cell kept none of it: 0 from no company (value 0,
 * withheld null).
 *
 * @param runId    the run that wrote its proposals, for a run's snapshot
 * @param month    the month the snapshot's cube described (first day)
 * @param withheld why suppression withheld the cell in that cube, or null when it was shown
 */
public record TrendPoint(UUID snapshot, UUID runId, LocalDate month, OffsetDateTime takenAt, String period, long value,
                         String withheld) {
}
