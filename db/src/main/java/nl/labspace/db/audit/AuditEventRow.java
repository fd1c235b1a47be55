package nl.labspace.db.audit;

import java.time.OffsetDateTime;

public record AuditEventRow(long id, OffsetDateTime at, String actor, String action, String subject, String detail,
                            String remote) {
}
