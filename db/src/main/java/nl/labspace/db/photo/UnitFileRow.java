package nl.labspace.db.photo;

import java.util.UUID;

/** A photo or floor plan of a unit, without its bytes. Width and height only for images. */
public record UnitFileRow(UUID id, UUID unitId, String kind, int position, String mediaType, String fileName,
                          String caption, int byteSize, String sha256, Integer width, Integer height,
                          boolean hasThumbnail) {
}
