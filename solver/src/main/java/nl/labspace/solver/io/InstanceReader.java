package nl.labspace.solver.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/** Reads a labspace-matching/1 instance (MATCHING.md); unknown fields are ignored, bad ones named. */
public final class InstanceReader {

    public static final String FORMAT = "labspace-matching/1";
    private static final Pattern PROVINCE = Pattern.compile("PV(2\\d|3[01])");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Campus> campuses = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Need> needs = new LinkedHashMap<>();

    private InstanceReader() {
    }

    public static MatchingInstance read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new InstanceFormatException("%s: cannot read (%s)".formatted(file, e.getMessage()), e);
        }
    }

    public static MatchingInstance read(InputStream in) throws IOException {
        return parse(tree(in));
    }

    public static MatchingInstance readString(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InstanceFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode tree(InputStream in) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InstanceFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static MatchingInstance parse(JsonNode root) {
        return new InstanceReader().instance(new Fields(root, ""));
    }

    private MatchingInstance instance(Fields root) {
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw root.error("format", "expected '%s', was '%s'".formatted(FORMAT, format));
        }
        String name = root.text("name");
        root.objects("campuses", true).forEach(this::campus);
        root.objects("units", true).forEach(this::unit);
        root.objects("needs", true).forEach(this::need);
        List<Lease> leases = root.objects("leases", false).stream().map(this::lease).toList();
        List<Assignment> fixed = new ArrayList<>();
        for (Fields f : root.objects("fixed", false)) {
            fixed.add(fixed(f));
        }
        MatchingInstance instance = new MatchingInstance(name, List.copyOf(campuses.values()),
                List.copyOf(units.values()), List.copyOf(needs.values()), leases, fixed);
        new FixedEntriesCheck(instance).check(root.objects("fixed", false));
        return instance;
    }

    private void campus(Fields f) {
        String id = f.text("id");
        String province = f.text("province");
        if (!PROVINCE.matcher(province).matches()) {
            throw f.error("province", "unknown CBS province code '%s' (PV20..PV31)".formatted(province));
        }
        double lat = latLon(f, "lat", 90);
        double lon = latLon(f, "lon", 180);
        unique(campuses, id, f, new Campus(id, lat, lon, province, f.stringList("focus")));
    }

    private void unit(Fields f) {
        String id = f.text("id");
        String campus = f.text("campus");
        if (!campuses.containsKey(campus)) {
            throw f.error("campus", "unknown campus '%s'".formatted(campus));
        }
        YearMonth from = f.month("availableFrom");
        YearMonth until = f.optionalMonth("availableUntil");
        if (until != null && until.isBefore(from)) {
            throw f.error("availableUntil", "'%s' is before availableFrom '%s'".formatted(until, from));
        }
        double rent = f.number("rentPerM2Year");
        if (rent < 0) {
            throw f.error("rentPerM2Year", "must be >= 0, was " + f.raw("rentPerM2Year"));
        }
        unique(units, id, f, new Unit(id, campus, f.wholeAtLeast("labM2", 0), f.wholeAtLeast("officeM2", 0),
                f.ladder("containment", Containment::fromCode), f.ladder("gmp", GmpGrade::fromCode),
                f.strings("features"), from, until, rent));
    }

    private void need(Fields f) {
        String id = f.text("id");
        int lab = f.wholeAtLeast("labM2", 0);
        int office = f.wholeAtLeast("officeM2", 0);
        if (lab + office == 0) {
            throw f.error("officeM2", "labM2 + officeM2 must be > 0, both were 0");
        }
        YearMonth earliest = f.month("moveInEarliest");
        YearMonth latest = f.month("moveInLatest");
        if (latest.isBefore(earliest)) {
            throw f.error("moveInLatest", "'%s' is before moveInEarliest '%s'".formatted(latest, earliest));
        }
        Double maxRent = f.optionalNumber("maxRentPerM2Year");
        if (maxRent != null && maxRent < 0) {
            throw f.error("maxRentPerM2Year", "must be >= 0, was " + f.raw("maxRentPerM2Year"));
        }
        int maxUnits = f.has("maxUnits") ? f.wholeAtLeast("maxUnits", 1) : Need.DEFAULT_MAX_UNITS;
        // Absent or null = no bound (rule 2b), so snapshots written before the field stay valid.
        Integer maxM2 = f.has("maxM2") ? f.wholeAtLeast("maxM2", 0) : null;
        if (maxM2 != null && maxM2 < lab + office) {
            throw f.error("maxM2", "must be >= labM2 + officeM2 = %d, was %d".formatted(lab + office, maxM2));
        }
        Set<String> provinces = f.strings("provinces");
        for (String p : provinces) {
            if (!PROVINCE.matcher(p).matches()) {
                throw f.error("provinces", "unknown CBS province code '%s' (PV20..PV31)".formatted(p));
            }
        }
        unique(needs, id, f, new Need(id, f.optionalText("company"), lab, office,
                f.ladder("containment", Containment::fromCode), f.ladder("gmp", GmpGrade::fromCode),
                f.strings("features"), earliest, latest, f.wholeAtLeast("termMonths", 1), maxRent, maxUnits,
                near(f), provinces, f.optionalText("sector"), maxM2));
    }

    private static Near near(Fields need) {
        if (!need.has("near")) {
            return null;
        }
        Fields near = new Fields(need.raw("near"), need.path("near"));
        if (!near.has("maxKm")) {
            throw near.error("maxKm", "missing (near without maxKm is an error)");
        }
        double maxKm = near.number("maxKm");
        if (!(maxKm > 0)) {
            throw near.error("maxKm", "must be > 0, was " + near.raw("maxKm"));
        }
        return new Near(latLon(near, "lat", 90), latLon(near, "lon", 180), maxKm);
    }

    private Lease lease(Fields f) {
        String unit = f.text("unit");
        if (!units.containsKey(unit)) {
            throw f.error("unit", "unknown unit '%s'".formatted(unit));
        }
        YearMonth first = f.month("first");
        YearMonth last = f.month("last");
        if (last.isBefore(first)) {
            throw f.error("last", "'%s' is before first '%s'".formatted(last, first));
        }
        return new Lease(unit, new MonthRange(first, last));
    }

    private Assignment fixed(Fields f) {
        String need = f.text("need");
        if (!needs.containsKey(need)) {
            throw f.error("need", "unknown need '%s'".formatted(need));
        }
        List<String> unitIds = f.stringList("units");
        for (int i = 0; i < unitIds.size(); i++) {
            if (!units.containsKey(unitIds.get(i))) {
                throw f.error("units[" + i + "]", "unknown unit '%s'".formatted(unitIds.get(i)));
            }
        }
        return new Assignment(need, unitIds, f.month("start"));
    }

    private static double latLon(Fields f, String field, double limit) {
        double v = f.number(field);
        if (v < -limit || v > limit) {
            throw f.error(field, "must be within -%s..%s, was %s".formatted(limit, limit, f.raw(field)));
        }
        return v;
    }

    private static <T> void unique(Map<String, T> seen, String id, Fields f, T value) {
        if (seen.putIfAbsent(id, value) != null) {
            throw f.error("id", "duplicate id '%s'".formatted(id));
        }
    }
}
