package nl.labspace.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The file types a unit may hold, told apart by their first bytes (magic numbers), never by name or declared type. */
enum Format {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

    private final String mediaType;
    private final byte[] magic;

    Format(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    boolean isImage() {
        return this != PDF;
    }

    static Optional<Format> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(f -> content.length >= f.magic.length && Arrays.equals(content, 0, f.magic.length, f.magic, 0, f.magic.length))
                .findFirst();
    }
}
