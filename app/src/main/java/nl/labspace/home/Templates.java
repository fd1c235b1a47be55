package nl.labspace.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the small HTML pages shipped in resources/views. */
final class Templates {

    private Templates() {
    }

    static String read(String path) {
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("page template missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
