package nl.labspace.photo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Floor plans as PDF: checked, not rendered (no PDF library here). A PDF starts with %PDF-1.x or %PDF-2.0, ends with
 * startxref and %%EOF (a truncated upload does not), and holds objects; one with scripts, launch actions or embedded
 * files is refused, as a floor plan needs none of them. The file is stored as uploaded and always served as a download.
 */
final class PdfFiles {

    private static final Pattern HEADER = Pattern.compile("\\A%PDF-(1\\.[0-7]|2\\.0)[\\r\\n\\s%]");
    private static final int TAIL = 2048;
    private static final List<String> ACTIVE = List.of("/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia", "/XFA");

    private PdfFiles() {
    }

    static void check(String field, String fileName, byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!HEADER.matcher(text).lookingAt()) {
            throw damaged(field, fileName, "no %PDF-1.x or %PDF-2.0 header");
        }
        String tail = text.substring(Math.max(0, text.length() - TAIL)).stripTrailing();
        if (!tail.endsWith("%%EOF")) {
            throw damaged(field, fileName, "no %%EOF at its end");
        }
        if (!tail.contains("startxref")) {
            throw damaged(field, fileName, "no startxref before %%EOF");
        }
        if (!text.contains(" obj") || !text.contains("endobj")) {
            throw damaged(field, fileName, "no objects");
        }
        for (String name : ACTIVE) {
            if (Pattern.compile(Pattern.quote(name) + "(?![A-Za-z])").matcher(text).find()) {
                throw new FileRefused(field, fileName, FileRefusal.ACTIVE_PDF, name);
            }
        }
    }

    private static FileRefused damaged(String field, String fileName, String what) {
        return new FileRefused(field, fileName, FileRefusal.DAMAGED_PDF, what);
    }
}
