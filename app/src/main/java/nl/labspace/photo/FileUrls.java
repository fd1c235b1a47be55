package nl.labspace.photo;

import java.util.UUID;

/** Where a unit's files are served: one home for the paths the API, the pages and search results link to. */
public final class FileUrls {

    private FileUrls() {
    }

    public static String content(UUID unitId, UUID fileId) {
        return "/api/units/%s/files/%s/content".formatted(unitId, fileId);
    }

    public static String thumbnail(UUID unitId, UUID fileId) {
        return "/api/units/%s/files/%s/thumbnail".formatted(unitId, fileId);
    }
}
