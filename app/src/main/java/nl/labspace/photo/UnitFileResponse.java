package nl.labspace.photo;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.photo.UnitFileRow;

/** A photo or floor plan of a unit as the API shows it; url and thumbnailUrl are paths on this server. */
@Serdeable
@Schema(name = "UnitFile")
public record UnitFileResponse(
        UUID id,
        @Schema(allowableValues = {"photo", "floor-plan"}) String kind,
        @Schema(description = "1 = shown first") int position,
        @Schema(allowableValues = {"image/jpeg", "image/png", "application/pdf"}, description = "Found from the content")
        String mediaType,
        @Schema(description = "The name the file was uploaded with") String fileName,
        @Schema(description = "Alt text of a photo, title of a floor plan; may be empty") String caption,
        @Schema(description = "Bytes as stored (an image re-encoded)") int byteSize,
        @Nullable @Schema(nullable = true, description = "Pixels, images only") Integer width,
        @Nullable @Schema(nullable = true, description = "Pixels, images only") Integer height,
        @Schema(description = "The stored file; ETag and 304 on If-None-Match") String url,
        @Nullable @Schema(nullable = true, description = "A JPEG 320 px wide; images only") String thumbnailUrl) {

    static UnitFileResponse of(UnitFileRow f) {
        return new UnitFileResponse(f.id(), f.kind(), f.position(), f.mediaType(), f.fileName(), f.caption(), f.byteSize(),
                f.width(), f.height(), FileUrls.content(f.unitId(), f.id()),
                f.hasThumbnail() ? FileUrls.thumbnail(f.unitId(), f.id()) : null);
    }
}
