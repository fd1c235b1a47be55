package nl.labspace.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import nl.labspace.db.photo.NewUnitFile;

/**
 * One upload, checked by its content: its size, its type from its first bytes, and a real decode (images) or a
 * structure check (PDF). The declared Content-Type and the file name's extension are never consulted.
 */
final class UploadChecks {

    static final String FIELD = "file";
    static final int MAX_MB = 10;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

    private UploadChecks() {
    }

    /** The file as it will be stored, or FileRefused naming it. */
    static NewUnitFile check(UUID unitId, FileKind kind, String fileName, String caption, long size, byte[] upload) {
        if (size > MAX_BYTES || upload.length > MAX_BYTES) {
            throw new FileRefused(FIELD, fileName, FileRefusal.TOO_LARGE, Math.max(size, upload.length), MAX_MB);
        }
        if (upload.length == 0) {
            throw new FileRefused(FIELD, fileName, FileRefusal.EMPTY);
        }
        Format format = Format.sniff(upload).filter(kind::accepts)
                .orElseThrow(() -> new FileRefused(FIELD, fileName, kind == FileKind.PHOTO ? FileRefusal.NOT_PHOTO : FileRefusal.NOT_FLOOR_PLAN));
        if (!format.isImage()) {
            PdfFiles.check(FIELD, fileName, upload);
            return new NewUnitFile(unitId, kind.code(), format.mediaType(), fileName, caption, upload, sha256(upload), null, null, null);
        }
        ImageFiles.Encoded image = ImageFiles.reencode(FIELD, fileName, format, upload);
        return new NewUnitFile(unitId, kind.code(), format.mediaType(), fileName, caption, image.content(),
                sha256(image.content()), image.width(), image.height(), image.thumbnail());
    }

    /** The name shown for the upload: its last path segment (some browsers send a whole path), on one line. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() ? "upload" : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
