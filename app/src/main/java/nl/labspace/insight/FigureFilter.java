package nl.labspace.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.Figure;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Which rows of the cube a caller asks for; every part optional. Built from request words by of(...), which refuses
 * what is no level, figure or period.
 *
 * @param level  country, rom, province, corop or unplaced
 * @param region a region code as the cube names it (exact)
 * @param period YYYY-MM or YYYY-Qn
 */
public record FigureFilter(@Nullable String level, @Nullable Figure figure, @Nullable String region, @Nullable String period) {

    public static final List<String> LEVELS = List.of(Levels.COUNTRY, Levels.ROM, Levels.PROVINCE, Levels.COROP, Levels.UNPLACED);
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2]|Q[1-4])");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{2,12}(:unplaced)?");

    public static final FigureFilter ALL = new FigureFilter(null, null, null, null);

    /** The filter a caller's words name; bad input names the first word that is none. */
    public static FigureFilter of(@Nullable String level, @Nullable String figure, @Nullable String region, @Nullable String period) {
        if (level != null && !LEVELS.contains(level)) {
            throw new BadInput("level", level, Reason.ONE_OF, String.join(", ", LEVELS));
        }
        Figure chosen = figure == null ? null : Figure.of(figure).orElseThrow(() -> new BadInput("figure", figure, Reason.ONE_OF,
                String.join(", ", Arrays.stream(Figure.values()).map(Figure::code).toList())));
        if (region != null && !REGION.matcher(region).matches()) {
            throw new BadInput("region", region, Reason.NO_REGION);
        }
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw new BadInput("period", period, "must be a month YYYY-MM or a quarter YYYY-Qn");
        }
        return new FigureFilter(level, chosen, region, period);
    }

    boolean keeps(FigureRow row) {
        return (level == null || level.equals(row.level())) && (figure == null || figure.code().equals(row.figure()))
                && (region == null || region.equals(row.region())) && (period == null || period.equals(row.period()));
    }

    Optional<String> regionAsked() {
        return Optional.ofNullable(region);
    }
}
