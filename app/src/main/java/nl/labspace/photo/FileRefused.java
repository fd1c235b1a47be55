package nl.labspace.photo;

import java.util.Arrays;
import java.util.List;

/** An upload refused for its content, size or the unit's count; nothing of it is stored. */
class FileRefused extends RuntimeException {

    private final String field;
    private final String fileName;
    private final FileRefusal refusal;
    private final transient List<String> values;

    FileRefused(String field, String fileName, FileRefusal refusal, Object... values) {
        super("%s '%s' %s".formatted(field, fileName, refusal.english(strings(values))));
        this.field = field;
        this.fileName = fileName;
        this.refusal = refusal;
        this.values = strings(values);
    }

    String field() {
        return field;
    }

    String fileName() {
        return fileName;
    }

    FileRefusal refusal() {
        return refusal;
    }

    List<String> values() {
        return values;
    }

    private static List<String> strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
