package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.SnapshotKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * What a trends request asks for, every parameter checked at once (each broken one is named).
 *
 * @param period null: each snapshot's own month
 */
record TrendQuery(Figure figure, String region, String facet, @Nullable String period, SnapshotKind by) {

    /** NL, a province, COROP region or ROM area code, or an unplaced part of one. */
    static final String REGION_PATTERN = "^(NL|PV\\d{2}|CR\\d{2}|[A-Z]{2,8})(:unplaced)?$";
    static final int MAX_FACET = 200;
    static final String PERIOD_PATTERN = "^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$";
    static final String FACET_PATTERN = "^[\\x21-\\x7e]+$";

    static TrendQuery of(@Nullable String figure, @Nullable String region, @Nullable String facet, @Nullable String period,
                         @Nullable String by) {
        List<Violation> broken = new ArrayList<>();
        Optional<Figure> what = figure == null ? Optional.empty() : Figure.of(figure);
        if (what.isEmpty()) {
            broken.add(figure == null ? Violation.of("figure", null, Reason.REQUIRED) : Violation.of("figure", figure,
                    Reason.ONE_OF, String.join(", ", Arrays.stream(Figure.values()).map(Figure::code).toList())));
        }
        Optional<SnapshotKind> kind = by == null ? Optional.of(SnapshotKind.RUN) : SnapshotKind.of(by);
        if (kind.isEmpty()) {
            broken.add(Violation.of("by", by, Reason.ONE_OF, String.join(", ", SnapshotKind.CODES)));
        }
        if (facet != null && facet.length() > MAX_FACET) {
            broken.add(Violation.of("facet", facet, Reason.MAX_CHARS, MAX_FACET));
        } else if (facet != null && !facet.matches(FACET_PATTERN)) {
            broken.add(Violation.of("facet", facet, "must be 'all' or dimension:value, in visible ASCII characters"));
        }
        if (period != null && !period.matches(PERIOD_PATTERN)) {
            broken.add(Violation.of("period", period, "must be a month YYYY-MM or a quarter YYYY-Qn"));
        }
        if (region != null && !region.matches(REGION_PATTERN)) {
            broken.add(Violation.of("region", region, Reason.NO_REGION_CODE));
        }
        if (!broken.isEmpty()) {
            throw new BadInput(broken);
        }
        return new TrendQuery(what.orElseThrow(), region == null ? CellKey.COUNTRY : region,
                facet == null ? CellKey.ALL : facet, period, kind.orElseThrow());
    }
}
