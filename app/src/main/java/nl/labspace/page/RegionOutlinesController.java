package nl.labspace.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.web.NotFound;

/**
 * Region outlines for the maps, straight from the shipped CBS boundaries (db/.../regions, generalised already:
 * provinces 31 kB, COROP 57 kB), so a map needs no tile server and nothing from the internet.
 */
@Controller("/map/regions")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class RegionOutlinesController {

    static final String GEO_JSON = "application/geo+json";
    private static final Map<String, String> FILES = Map.of(
            "province", "/nl/labspace/db/regions/nl_provinces_2024.geojson",
            "corop", "/nl/labspace/db/regions/nl_corop_2024.geojson");

    private final Map<String, byte[]> outlines = Map.of("province", read(FILES.get("province")), "corop", read(FILES.get("corop")));

    @Get("/{kind}")
    HttpResponse<byte[]> outlines(String kind) {
        byte[] body = outlines.get(kind);
        if (body == null) {
            throw new NotFound("region outlines %s do not exist (province or corop)".formatted(kind));
        }
        return HttpResponse.ok(body).contentType(GEO_JSON).header("Cache-Control", "public, max-age=86400");
    }

    private static byte[] read(String path) {
        try (InputStream in = RegionOutlinesController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("region outlines missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
