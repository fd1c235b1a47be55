package nl.labspace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

/**
 * Writes a search result as JSON (a page of items) or as GeoJSON (the same items as Point features). GeoJSON is
 * chosen by format=geojson or by Accept: application/geo+json; format=json wins over the Accept header.
 */
@Singleton
class SearchResponses {

    private static final List<String> FORMATS = List.of("json", "geojson");

    private final ObjectMapper json;

    SearchResponses(ObjectMapper json) {
        this.json = json;
    }

    static boolean wantsGeoJson(HttpRequest<?> request, SearchParams params) {
        String format = params.oneOf("format", FORMATS, null);
        if (format != null) {
            return format.equals("geojson");
        }
        return request.accept().stream().anyMatch(t -> t.getName().equals(GeoJson.MEDIA_TYPE));
    }

    <R, I> HttpResponse<?> json(Found<R> found, Function<R, I> item) {
        return HttpResponse.ok(new SearchPage<>(found.rows().stream().map(item).toList(), found.paging().page(),
                found.paging().size(), found.total(), found.totalExact())).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Rows without a point (needs without a preferred place) are left out of the features but stay in total. */
    <R, I> HttpResponse<String> geoJson(Found<R> found, Function<R, I> item, Function<R, double[]> lonLat, Class<I> itemType) {
        List<GeoJson.Feature<I>> features = found.rows().stream().filter(r -> lonLat.apply(r) != null)
                .map(r -> new GeoJson.Feature<>(lonLat.apply(r)[0], lonLat.apply(r)[1], item.apply(r))).toList();
        var collection = new GeoJson.FeatureCollection<>(features, found.paging().page(), found.paging().size(),
                found.total(), found.totalExact(), found.rows().size() - features.size());
        try {
            String body = json.writeValueAsString(Argument.of(GeoJson.FeatureCollection.class, itemType), collection);
            return HttpResponse.ok(Objects.requireNonNull(body)).contentType(GeoJson.MEDIA_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write GeoJSON", e);
        }
    }
}
