package nl.labspace.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.http.HttpParameters;
import nl.labspace.db.search.Circle;
import nl.labspace.db.search.RegionRef;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.BadInput;
import nl.labspace.web.Checks;

/**
 * The query string of a search, read one parameter at a time. Every rule a value breaks is a BadInput naming the
 * parameter and the value as sent (400 problem+json); a parameter the search does not know is refused too, so a
 * typo never silently widens a search.
 */
final class SearchParams {

    private static final int MAX_PAGE = 10_000;

    private final HttpParameters params;
    private final Set<String> ignored;

    SearchParams(HttpParameters params, Set<String> known) {
        this(params, known, Set.of());
    }

    /** As the API reads them, but with the named parameters taken as not given (what the search page leaves out). */
    SearchParams(HttpParameters params, Set<String> known, Set<String> ignored) {
        this.params = params;
        this.ignored = ignored;
        for (String name : params.names()) {
            if (!known.contains(name)) {
                throw new BadInput(name, params.get(name), "is not a parameter of this search (known: %s)".formatted(new TreeSet<>(known)));
            }
        }
    }

    String text(String name) {
        String value = ignored.contains(name) ? null : params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    Integer atLeast(String name, int min) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the rule
        }
        throw new BadInput(name, value, "must be a whole number >= " + min);
    }

    BigDecimal positive(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value);
            if (n.signum() > 0 && n.compareTo(Checks.RENT_LIMIT) < 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the rule
        }
        throw new BadInput(name, value, "must be a number > 0 and below " + Checks.RENT_LIMIT.toPlainString());
    }

    /** A month written YYYY-MM, as its first day. */
    LocalDate month(String name) {
        String value = text(name);
        try {
            return value == null ? null : YearMonth.parse(value).atDay(1);
        } catch (DateTimeParseException e) {
            throw new BadInput(name, value, "must be a month written YYYY-MM");
        }
    }

    /** The rung of a ladder (0 = its first); absent means the first rung, so no filter. */
    int rung(String name, List<String> ladder) {
        String value = text(name);
        int rung = value == null ? 0 : ladder.indexOf(value);
        if (rung < 0) {
            throw new BadInput(name, value, "must be one of " + ladder);
        }
        return rung;
    }

    String oneOf(String name, List<String> allowed, String fallback) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            throw new BadInput(name, value, "must be one of " + allowed);
        }
        return value == null ? fallback : value;
    }

    /** Values given comma-separated, repeated, or both. */
    List<String> allOf(String name, List<String> allowed) {
        List<String> values = (ignored.contains(name) ? List.<String>of() : params.getAll(name)).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
        values.stream().filter(v -> !allowed.contains(v)).findFirst().ifPresent(v -> {
            throw new BadInput(name, v, "must be one of " + allowed);
        });
        return values;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(oneOf(name, List.of("true", "false"), "false"));
    }

    RegionRef region(String name, RegionIndex regions) {
        String value = text(name);
        return value == null ? null : regions.find(value).orElseThrow(() -> new BadInput(name, value,
                "must be a province (PV20..PV31), COROP (CR01..CR40) or ROM area code"));
    }

    /** A campus id as the campuses are named (/api/campuses): a slug; an id no campus has finds nothing. */
    String campus(String name) {
        String value = text(name);
        if (value != null && (value.length() > 64 || !value.matches(ApiDocs.CAMPUS_ID_PATTERN))) {
            throw new BadInput(name, value, "must be a campus id (lower-case letters and digits joined by '-', at most 64)");
        }
        return value;
    }

    /** near=lat,lon with an optional withinKm; withinKm alone has nothing to measure from. */
    Circle near() {
        String value = text("near");
        Double km = km();
        if (value == null) {
            if (km != null) {
                throw new BadInput("withinKm", text("withinKm"), "needs near=lat,lon");
            }
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw new BadInput("near", value, "must be lat,lon in decimal degrees");
        }
        return new Circle(coordinate("near.lat", parts[0], 90), coordinate("near.lon", parts[1], 180), km);
    }

    Paging paging() {
        Integer page = atLeast("page", 1);
        Integer size = atLeast("size", 1);
        if (page != null && page > MAX_PAGE) {
            throw new BadInput("page", page, "must be at most " + MAX_PAGE);
        }
        if (size != null && size > Paging.MAX_SIZE) {
            throw new BadInput("size", size, "must be at most " + Paging.MAX_SIZE);
        }
        return new Paging(page == null ? 1 : page, size == null ? Paging.DEFAULT_SIZE : size);
    }

    private Double km() {
        String value = text("withinKm");
        if (value == null) {
            return null;
        }
        double km = number("withinKm", value);
        if (!(km > 0) || km > 400) {
            throw new BadInput("withinKm", value, "must be a distance in km, > 0 and <= 400");
        }
        return km;
    }

    private static double coordinate(String name, String value, double limit) {
        double degrees = number(name, value.trim());
        if (degrees < -limit || degrees > limit) {
            throw new BadInput(name, value.trim(), "must be between %s and %s".formatted(-limit, limit));
        }
        return degrees;
    }

    private static double number(String name, String value) {
        try {
            double n = Double.parseDouble(value);
            if (Double.isFinite(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the rule
        }
        throw new BadInput(name, value, "must be a decimal number");
    }
}
