package nl.labspace.db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

// Reads the shipped campus file and our campus_profiles.csv into DemoCampus records, in the file's order.
final class CampusCatalog {

    static final String BASE = "nl/labspace/db/demo/";
    static final String CAMPUS_FILE = BASE + "nl_lifescience_campuses.geojson";
    static final String PROFILE_FILE = BASE + "campus_profiles.csv";
    private static final String PROFILE_HEADER = "id,sectors,facilities,size_weight";

    private CampusCatalog() {
    }

    static List<DemoCampus> load() {
        Map<String, String[]> profiles = profiles(resource(PROFILE_FILE));
        List<DemoCampus> campuses = new ArrayList<>();
        for (JsonNode feature : features(resource(CAMPUS_FILE))) {
            campuses.add(campus(feature, profiles));
        }
        if (!profiles.isEmpty()) {
            throw new IllegalStateException("%s has profiles of campuses missing from %s: %s"
                    .formatted(PROFILE_FILE, CAMPUS_FILE, profiles.keySet()));
        }
        return List.copyOf(campuses);
    }

    private static List<JsonNode> features(String geojson) {
        try {
            List<JsonNode> features = new ArrayList<>();
            new ObjectMapper().readTree(geojson).path("features").forEach(features::add);
            return features;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(CAMPUS_FILE + " is not valid JSON", e);
        }
    }

    // Removes the profile it uses, so that load() can report profiles left without a campus.
    private static DemoCampus campus(JsonNode feature, Map<String, String[]> profiles) {
        JsonNode p = feature.path("properties");
        JsonNode lonLat = feature.path("geometry").path("coordinates");
        String id = p.path("id").asText();
        String[] profile = profiles.remove(id);
        if (profile == null) {
            throw new IllegalStateException("campus %s has no row in %s".formatted(id, PROFILE_FILE));
        }
        return new DemoCampus(id, p.path("name").asText(), p.path("city").asText(),
                lonLat.get(0).asDouble(), lonLat.get(1).asDouble(),
                p.path("province_code").asText(), p.path("corop_code").asText(),
                list(profile[1]), list(profile[2]), Integer.parseInt(profile[3]));
    }

    private static Map<String, String[]> profiles(String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (lines.isEmpty() || !lines.get(0).equals(PROFILE_HEADER)) {
            throw new IllegalStateException("%s must start with the header %s".formatted(PROFILE_FILE, PROFILE_HEADER));
        }
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                throw new IllegalStateException("%s: expected 4 fields in line '%s'".formatted(PROFILE_FILE, line));
            }
            byId.put(fields[0], fields);
        }
        return byId;
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(";")).map(String::trim).toList();
    }

    static String resource(String path) {
        try (InputStream in = CampusCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo data file missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
