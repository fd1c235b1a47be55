package nl.labspace.db.photo;

import java.util.UUID;

/** A checked upload as it is stored: images already re-encoded; thumbnail null for a PDF. */
public record NewUnitFile(UUID unitId, String kind, String mediaType, String fileName, String caption, byte[] content,
                          String sha256, Integer width, Integer height, byte[] thumbnail) {
}
