package nl.labspace.alert;

import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.alert.AlertRow;

/** An alert sent: when, and how many units or needs it listed. */
@Serdeable
record AlertSummary(UUID id, String sentAt, int items) {

    static AlertSummary of(AlertRow r) {
        return new AlertSummary(r.id(), r.sentAt().toInstant().toString(), r.items());
    }
}
