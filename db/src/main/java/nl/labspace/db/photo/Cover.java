package nl.labspace.db.photo;

import java.util.UUID;

/** The file whose thumbnail stands for a unit in search results: its first photo, else its first image floor plan. */
public record Cover(UUID unitId, UUID fileId, String sha256) {
}
