package nl.labspace.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;

/**
 * What the search forms offer to choose from, without a geocoder: the towns that have a campus (as near=lat,lon,
 * the campuses' mean point) and the provinces and COROP regions by name, read from the shipped CBS boundaries.
 */
@Singleton
public class Places {

    /** A town to search near; value is near=lat,lon. */
    public record Town(String name, String value) {
    }

    /** A region to search in: its code, its name and its kind (province, corop). */
    public record Region(String code, String name, String kind) {
    }

    private final CampusQueries campuses;
    private final List<Region> provinces;
    private final List<Region> corops;

    Places(CampusQueries campuses, JsonMapper json) {
        this.campuses = campuses;
        this.provinces = regions(json, "/nl/labspace/db/regions/nl_provinces_2024.geojson", "province");
        this.corops = regions(json, "/nl/labspace/db/regions/nl_corop_2024.geojson", "corop");
    }

    @Transactional(readOnly = true)
    public List<Town> towns() {
        Map<String, List<CampusRow>> byTown = campuses.all().stream()
                .collect(Collectors.groupingBy(CampusRow::city, TreeMap::new, Collectors.toList()));
        return byTown.entrySet().stream().map(e -> new Town(e.getKey(), String.format(Locale.ROOT, "%.4f,%.4f",
                e.getValue().stream().mapToDouble(CampusRow::lat).average().orElseThrow(),
                e.getValue().stream().mapToDouble(CampusRow::lon).average().orElseThrow()))).toList();
    }

    public List<Region> provinces() {
        return provinces;
    }

    public List<Region> corops() {
        return corops;
    }

    private static List<Region> regions(JsonMapper json, String path, String kind) {
        try (InputStream in = Places.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("region boundaries missing from the class path: " + path);
            }
            Map<String, Object> geo = json.readValue(in, Argument.mapOf(String.class, Object.class));
            return ((List<?>) geo.get("features")).stream()
                    .map(f -> (Map<?, ?>) ((Map<?, ?>) f).get("properties"))
                    .map(p -> new Region((String) p.get("statcode"), (String) p.get("statnaam"), kind))
                    .sorted(Comparator.comparing(Region::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
