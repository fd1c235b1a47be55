package nl.labspace.db.audit;

import java.time.OffsetDateTime;

/**
 * Which audit events to read; every part optional (null): actions starting with actionPrefix ("login."), actors
 * whose name contains actor (any case), events at or after from and before before.
 */
public record AuditFilter(String actionPrefix, String actor, OffsetDateTime from, OffsetDateTime before) {

    public static AuditFilter action(String actionPrefix) {
        return new AuditFilter(actionPrefix, null, null, null);
    }
}
