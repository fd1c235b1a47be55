package nl.labspace.db.alert;

import java.util.UUID;

/** One line of an alert sent: a unit (space alert) or a need (demand alert), and how it changed. */
public record AlertItemRow(int position, UUID unitId, UUID needId, String change) {
}
