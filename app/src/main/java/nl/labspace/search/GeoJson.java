package nl.labspace.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * RFC 7946 shapes for search results: a FeatureCollection of Point features whose coordinates are [lon, lat]
 * (longitude first, as the RFC says). page, size, total, totalExact and withoutPoint are foreign members (RFC 7946 6.1).
 */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    @Serdeable
    record FeatureCollection<P>(String type, @JsonInclude(JsonInclude.Include.ALWAYS) List<Feature<P>> features, int page, int size, int total, boolean totalExact, int withoutPoint) {
        FeatureCollection(List<Feature<P>> features, int page, int size, int total, boolean totalExact, int withoutPoint) {
            this("FeatureCollection", features, page, size, total, totalExact, withoutPoint);
        }
    }

    @Serdeable
    record Feature<P>(String type, Point geometry, P properties) {
        Feature(double lon, double lat, P properties) {
            this("Feature", new Point("Point", List.of(lon, lat)), properties);
        }
    }

    @Serdeable
    record Point(String type, List<Double> coordinates) {
    }
}
