package nl.labspace.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * What a map or its export asks for, checked: a level, one figure (or every figure), a facet and a period (the
 * cube's month when none is given). The same words as the cube's: facets "all" or "dimension:value", periods
 * "YYYY-MM" or "YYYY-Qn".
 */
record FigureQuery(RegionKind level, Optional<Figure> figure, String facet, Optional<String> period) {

    static final String FACET_PATTERN = "^(all|[a-z][a-z0-9-]*:[A-Za-z0-9:>._-]{1,60})$";
    static final String PERIOD_PATTERN = "^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$";

    static FigureQuery of(@Nullable String level, @Nullable String figure, @Nullable String facet, @Nullable String period) {
        List<Violation> problems = new java.util.ArrayList<>();
        RegionKind kind = RegionKind.PROVINCE;
        if (level != null) {
            kind = RegionKind.of(level).orElse(null);
            if (kind == null) {
                problems.add(Violation.of("level", level, Reason.ONE_OF, String.join(", ", RegionKind.CODES)));
            }
        }
        Optional<Figure> chosen = Optional.empty();
        if (figure != null) {
            chosen = Figure.of(figure);
            if (chosen.isEmpty()) {
                problems.add(Violation.of("figure", figure, Reason.ONE_OF, String.join(", ", codes())));
            }
        }
        if (facet != null && !facet.matches(FACET_PATTERN)) {
            problems.add(Violation.of("facet", facet, "must be 'all' or 'dimension:value', e.g. containment:ML-II"));
        }
        if (period != null && !period.matches(PERIOD_PATTERN)) {
            problems.add(Violation.of("period", period, "must be a month YYYY-MM or a quarter YYYY-Qn"));
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return new FigureQuery(kind, chosen, facet == null ? CellKey.ALL : facet, Optional.ofNullable(period));
    }

    static List<String> codes() {
        return Arrays.stream(Figure.values()).map(Figure::code).toList();
    }
}
