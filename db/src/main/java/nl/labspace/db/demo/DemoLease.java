package nl.labspace.db.demo;

import java.time.YearMonth;
import java.util.UUID;

// A row of table lease; needId is null for a lease made outside the marketplace.
record DemoLease(UUID id, UUID unitId, UUID needId, YearMonth firstMonth, YearMonth lastMonth) {
}
