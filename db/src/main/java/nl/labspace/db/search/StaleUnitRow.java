package nl.labspace.db.search;

import java.time.LocalDate;
import java.util.UUID;

/** A unit of a campus whose listing has not been confirmed for longer than the freshness window. */
public record StaleUnitRow(UUID id, String name, String status, LocalDate lastConfirmed, int daysSinceConfirmed) {
}
