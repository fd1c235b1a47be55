package nl.labspace.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.db.matching.RunRow;
import nl.labspace.db.matching.RunStore;
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

    @Transactional(readOnly = true)
    RunFigures figures(UUID id) {
        RunRow run = find(id);
        if (run.perProvince() == null) {
            throw new Conflict("run " + id, Reason.RUN_NO_FIGURES, run.status());
        }
        List<RunFigures.Province> provinces = new ArrayList<>();
        for (Map<String, Object> p : perProvince(run.perProvince())) {
            provinces.add(RunFigures.Province.of(String.valueOf(p.get("province")), number(p, "needs").intValue(),
                    number(p, "matchedNeeds").intValue(), number(p, "askedM2").longValue(), number(p, "servedM2").longValue()));
        }
        return new RunFigures(run.id(), run.status(), run.scopeKey(), run.finishedAt(), run.totalNeeds(),
                run.matchedNeeds(), run.askedM2(), run.servedM2(), provinces);
    }

    private List<Map<String, Object>> perProvince(String text) {
        try {
            return json.readValue(text, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new IllegalStateException("stored figures are not JSON", e);
        }
    }

    private static Number number(Map<String, Object> row, String key) {
        return (Number) row.get(key);
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
