package nl.labspace.solver.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.labspace.solver.domain.Campus;

/** The 26 real campuses of nl_lifescience_campuses.csv (see CAMPUSES-LICENCE.md), with sector tags from focus. */
final class CampusSites {

    static final Set<String> RANDSTAD = Set.of("PV26", "PV27", "PV28");

    /** Sector tags as the samples use them, recognised by keywords in the CSV's free-text focus. */
    private static final Map<String, String> SECTOR_KEYWORDS = Map.of(
            "drug", "drug-discovery", "therapeut", "drug-discovery", "vaccin", "vaccines", "oncolog", "oncology",
            "cell", "cell-gene-therapy", "diagnos", "diagnostics", "medtech", "medtech", "medical", "medtech",
            "food", "food-nutrition", "biotech", "industrial-biotech");

    private CampusSites() {
    }

    static List<Campus> load() {
        try (InputStream in = CampusSites.class.getResourceAsStream("nl_lifescience_campuses.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = Csv.parse(reader);
            List<String> header = rows.get(0);
            List<Campus> campuses = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> r = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    r.put(header.get(i), row.get(i));
                }
                campuses.add(new Campus(r.get("id"), Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                        r.get("province_code"), sectors(r.get("focus"))));
            }
            return List.copyOf(campuses);
        } catch (IOException e) {
            throw new UncheckedIOException("campus list missing from the solver jar", e);
        }
    }

    private static List<String> sectors(String focus) {
        String text = focus.toLowerCase(Locale.ROOT);
        Set<String> tags = new LinkedHashSet<>();
        SECTOR_KEYWORDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> text.contains(e.getKey())).forEach(e -> tags.add(e.getValue()));
        if (tags.isEmpty()) {
            tags.add("health-innovation");
        }
        return List.copyOf(tags);
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(BufferedReader reader) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = reader.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        if (reader.read() == '"') {
                            field.append('"');
                        } else {
                            reader.reset();
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
