package nl.labspace.photo;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What a file of a unit is: a photo (JPEG or PNG) or a floor plan (PNG or PDF). */
enum FileKind {
    PHOTO("photo", Set.of(Format.JPEG, Format.PNG)),
    FLOOR_PLAN("floor-plan", Set.of(Format.PNG, Format.PDF));

    static final String CODES = "photo, floor-plan";

    private final String code;
    private final Set<Format> formats;

    FileKind(String code, Set<Format> formats) {
        this.code = code;
        this.formats = formats;
    }

    String code() {
        return code;
    }

    boolean accepts(Format format) {
        return formats.contains(format);
    }

    static Optional<FileKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
