package nl.labspace.photo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.photo.Cover;
import nl.labspace.db.photo.UnitFileQueries;

/**
 * What other features' pages and answers show of a unit's files: the unit page's gallery and the thumbnail of each
 * search result. Callers show units they have already found visible; this adds no check of its own.
 */
@Singleton
public class UnitGallery {

    private final UnitFileQueries files;

    UnitGallery(UnitFileQueries files) {
        this.files = files;
    }

    /** The unit page's part: images (photos and PNG floor plans, each with a thumbnail) and PDF floor plans, in order. */
    public record Gallery(List<UnitFileResponse> images, List<UnitFileResponse> documents) {
        public boolean isEmpty() {
            return images.isEmpty() && documents.isEmpty();
        }
    }

    /** A visible unit's files in their order. */
    @Transactional(readOnly = true)
    public Gallery of(UUID unitId) {
        List<UnitFileResponse> all = files.ofUnit(unitId).stream().map(UnitFileResponse::of).toList();
        return new Gallery(all.stream().filter(f -> f.thumbnailUrl() != null).toList(),
                all.stream().filter(f -> f.thumbnailUrl() == null).toList());
    }

    /** The thumbnail address of each of these units that has an image (others are absent): one query per page. */
    @Transactional(readOnly = true)
    public Map<UUID, String> thumbnails(Collection<UUID> unitIds) {
        return files.covers(unitIds).stream()
                .collect(Collectors.toMap(Cover::unitId, c -> FileUrls.thumbnail(c.unitId(), c.fileId())));
    }
}
