package nl.labspace.photo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import nl.labspace.db.photo.StoredBytes;

/**
 * How a stored file is sent. A file's bytes never change (a new upload is a new file), so its ETag is the SHA-256 of
 * its bytes and If-None-Match answers 304. The public may cache a file of a unit on offer for an hour (a unit
 * withdrawn meanwhile leaves caches within the hour); a withdrawn unit's files, which only its managers see, are
 * never stored by shared caches. No type sniffing, and a PDF is a download, never shown inside the site's origin.
 */
final class FileAnswers {

    static final String PUBLIC = "public, max-age=3600";
    static final String PRIVATE = "private, no-cache";

    private FileAnswers() {
    }

    static MutableHttpResponse<byte[]> of(UnitFileService.Served served, HttpRequest<?> request) {
        StoredBytes file = served.bytes();
        String etag = "\"" + file.etag() + "\"";
        boolean unchanged = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class)
                .map(sent -> sent.equals("*") || java.util.Arrays.stream(sent.split(",")).map(String::strip)
                        .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals))
                .orElse(false);
        MutableHttpResponse<byte[]> answer = unchanged ? HttpResponse.notModified() : HttpResponse.ok(file.bytes()).contentType(file.mediaType());
        answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, served.publicCache() ? PUBLIC : PRIVATE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
        if (!unchanged && "application/pdf".equals(file.mediaType())) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()));
        }
        return answer;
    }

    /** The uploader's name, quoted as ASCII and exactly as UTF-8 (RFC 6266). */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"%s\"; filename*=UTF-8''%s".formatted(ascii,
                URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
