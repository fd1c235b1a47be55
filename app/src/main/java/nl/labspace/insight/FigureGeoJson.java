package nl.labspace.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import nl.labspace.db.market.RegionKind;

/**
 * Writes figure layers as one RFC 7946 FeatureCollection: a Feature per region (its polygon in WGS84, its code as
 * the id) whose properties are the region's code, name, level, the period and facet, and per figure its value
 * (null when withheld or absent) and "<figure>:withheld" (why, or null): flat columns, as QGIS reads them.
 */
final class FigureGeoJson {

    static final String MEDIA_TYPE = "application/geo+json";
    static final String WITHHELD_SUFFIX = ":withheld";

    private FigureGeoJson() {
    }

    static JsonNode of(List<FigureLayer> layers, FigureQuery query, RegionShapes shapes) {
        Map<String, Map<String, JsonNode>> properties = new LinkedHashMap<>();
        String period = layers.isEmpty() ? "" : layers.get(0).period();
        for (FigureLayer layer : layers) {
            for (FigureLayer.Place place : layer.places()) {
                Map<String, JsonNode> p = properties.computeIfAbsent(place.code(), c -> header(place, layer));
                p.put(layer.figure().code(), number(place.value()));
                p.put(layer.figure().code() + WITHHELD_SUFFIX, text(place.withheld()));
            }
        }
        List<JsonNode> features = new ArrayList<>();
        properties.forEach((code, p) -> shapes.geometry(query.level(), code).ifPresent(geometry -> features.add(feature(code, geometry, p))));
        Map<String, JsonNode> collection = new LinkedHashMap<>();
        collection.put("type", JsonNode.createStringNode("FeatureCollection"));
        collection.put("level", JsonNode.createStringNode(query.level().code()));
        collection.put("period", JsonNode.createStringNode(period));
        collection.put("facet", JsonNode.createStringNode(query.facet()));
        collection.put("features", JsonNode.createArrayNode(features));
        return JsonNode.createObjectNode(collection);
    }

    /** A file name that says what the download holds: labspace-figures-province-unmet-m2-all-2026-12.geojson. */
    static String fileName(FigureQuery query, String period) {
        return "labspace-figures-%s-%s-%s-%s.geojson".formatted(query.level().code(),
                query.figure().map(f -> f.code()).orElse("all-figures"), query.facet().replaceAll("[^A-Za-z0-9-]", "_"), period);
    }

    private static Map<String, JsonNode> header(FigureLayer.Place place, FigureLayer layer) {
        Map<String, JsonNode> p = new LinkedHashMap<>();
        p.put("code", JsonNode.createStringNode(place.code()));
        p.put("name", JsonNode.createStringNode(place.name()));
        p.put("level", JsonNode.createStringNode(layer.level()));
        p.put("period", JsonNode.createStringNode(layer.period()));
        p.put("facet", JsonNode.createStringNode(layer.facet()));
        return p;
    }

    private static JsonNode feature(String code, JsonNode geometry, Map<String, JsonNode> properties) {
        Map<String, JsonNode> f = new LinkedHashMap<>();
        f.put("type", JsonNode.createStringNode("Feature"));
        f.put("id", JsonNode.createStringNode(code));
        f.put("geometry", geometry);
        f.put("properties", JsonNode.createObjectNode(properties));
        return JsonNode.createObjectNode(f);
    }

    private static JsonNode number(@Nullable Long value) {
        return value == null ? JsonNode.nullNode() : JsonNode.createNumberNode(value.longValue());
    }

    private static JsonNode text(@Nullable String value) {
        return value == null ? JsonNode.nullNode() : JsonNode.createStringNode(value);
    }

}
