package nl.labspace.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.labspace.db.market.RegionKind;

/**
 * The region polygons of each level (WGS84, RFC 7946), from the shipped CBS boundaries the maps already use
 * (db/.../regions: each feature's id is the region code), read once.
 */
@Singleton
class RegionShapes {

    private static final Map<RegionKind, String> FILES = Map.of(
            RegionKind.PROVINCE, "/nl/labspace/db/regions/nl_provinces_2024.geojson",
            RegionKind.COROP, "/nl/labspace/db/regions/nl_corop_2024.geojson",
            RegionKind.ROM, "/nl/labspace/db/regions/nl_rom_regions_2024.geojson");

    private final Map<RegionKind, Map<String, JsonNode>> geometries = new LinkedHashMap<>();

    RegionShapes(JsonMapper json) {
        FILES.forEach((level, path) -> geometries.put(level, read(json, path)));
    }

    /** The region's polygon or multipolygon, when the boundaries have it. */
    Optional<JsonNode> geometry(RegionKind level, String code) {
        return Optional.ofNullable(geometries.get(level).get(code));
    }

    private static Map<String, JsonNode> read(JsonMapper json, String path) {
        try (InputStream in = RegionShapes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("region boundaries missing from the class path: " + path);
            }
            Map<String, JsonNode> byCode = new LinkedHashMap<>();
            for (JsonNode feature : json.readValue(in, JsonNode.class).get("features").values()) {
                byCode.put(feature.get("id").getStringValue(), feature.get("geometry"));
            }
            return byCode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
