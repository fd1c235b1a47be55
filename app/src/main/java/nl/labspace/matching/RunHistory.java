package nl.labspace.matching;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.db.matching.RunRow;
import nl.labspace.db.matching.RunStore;
import nl.labspace.db.search.RegionRef;
import nl.labspace.search.RegionIndex;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/** The kept record of runs: history, one run, and its stored input and solution. */
@Singleton
class RunHistory {

    private final RunStore runs;
    private final RegionIndex regions;
    private final MatchingConfiguration config;
    private final JsonMapper json;

    RunHistory(RunStore runs, RegionIndex regions, MatchingConfiguration config, JsonMapper json) {
        this.runs = runs;
        this.regions = regions;
        this.config = config;
        this.json = json;
    }

    /** The regions a run may be limited to, kind by kind (provinces, COROP areas, ROM areas), each by name. */
    List<RegionKind> regionKinds() {
        // the shared region kinds (db market), whose simple name this page's record also has
        return nl.labspace.db.market.RegionKind.CODES.stream().map(kind -> new RegionKind(kind, regions.ofKind(kind))).toList();
    }

    /** One kind of region and its regions, for the runs page's chooser. */
    public record RegionKind(String kind, List<RegionRef> regions) {

        /** Whether one of these regions is among the chosen codes (its list then opens). */
        public boolean anyOf(List<String> chosen) {
            return regions.stream().anyMatch(r -> chosen.contains(r.code()));
        }
    }

    /**
     * A download's file name that says what it is and of which run: labspace-run-20261207-0200-1a2b3c4d-market-snapshot.json
     * (the run's start in UTC, the first 8 characters of its id), so that files saved side by side sort by run.
     */
    String fileName(UUID id, String what) {
        String started = FILE_TIME.format(find(id).createdAt().withOffsetSameInstant(ZoneOffset.UTC));
        return "labspace-run-%s-%s-%s.json".formatted(started, id.toString().substring(0, 8), what);
    }

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    MarketScope scope(List<String> codes) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                if (!regions.exists(codes.get(i))) {
                    throw new BadInput("regions[" + i + "]", codes.get(i), Reason.NO_REGION);
                }
            }
        }
        return new MarketScope(codes);
    }

    int defaultBudget() {
        return config.nationalBudgetSeconds();
    }

    @Transactional(readOnly = true)
    List<RunRow> recent() {
        return runs.recent(200);
    }

    @Transactional(readOnly = true)
    RunRow find(UUID id) {
        return runs.find(id).orElseThrow(() -> new NotFound("matching run %s does not exist".formatted(id)));
    }

    /** The key of the needs without a home province among a run's groups. */
    private static final String WITHOUT_PROVINCE = RegionTree.unplaced(CellKey.COUNTRY);

    @Transactional(readOnly = true)
    RunFigures figures(UUID id) {
        RunRow run = find(id);
        if (run.perProvince() == null) {
            throw new Conflict("run " + id, Reason.RUN_NO_FIGURES, run.status());
        }
        Map<String, RunFigures.Tally> groups = new LinkedHashMap<>();
        for (RunFigures.Tally t : perProvince(run.perProvince())) {
            // Runs stored before the bucket existed wrote needs without a home province as the province "null".
            boolean province = t.province() != null && Vocabulary.PROVINCES.contains(t.province());
            groups.merge(province ? t.province() : WITHOUT_PROVINCE, t, (a, b) -> a.plus(b).withCompanies(null));
        }
        RunFigures.Tally total = new RunFigures.Tally(null, run.matchedNeeds(), run.totalNeeds(), run.servedM2(),
                run.askedM2(), null);
        Set<String> withheld = RunFiguresDisclosure.withheld(groups, total);
        List<RunFigures.Province> provinces = groups.entrySet().stream().filter(g -> !g.getKey().equals(WITHOUT_PROVINCE))
                .map(g -> RunFigures.Province.of(g.getKey(), RunFigures.Counts.of(g.getValue(), withheld.contains(g.getKey()))))
                .toList();
        RunFigures.Tally without = groups.get(WITHOUT_PROVINCE);
        return new RunFigures(run.id(), run.status(), run.scopeKey(), run.finishedAt(),
                RunFigures.Counts.of(total, withheld.contains(RunFiguresDisclosure.TOTAL)), provinces,
                without == null ? null : RunFigures.Counts.of(without, withheld.contains(WITHOUT_PROVINCE)));
    }

    private List<RunFigures.Tally> perProvince(String text) {
        try {
            return json.readValue(text, Argument.listOf(RunFigures.Tally.class));
        } catch (IOException e) {
            throw new IllegalStateException("stored figures are not JSON", e);
        }
    }

    @Transactional(readOnly = true)
    String snapshot(UUID id) {
        find(id);
        return runs.snapshot(id).orElseThrow(() -> new Conflict("run " + id, Reason.RUN_NO_SNAPSHOT));
    }

    @Transactional(readOnly = true)
    String solution(UUID id) {
        RunRow run = find(id);
        return runs.solution(id).orElseThrow(() -> new Conflict("run " + id, Reason.RUN_NO_SOLUTION, run.status()));
    }
}
