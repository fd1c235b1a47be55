package nl.labspace.matching;

import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.db.matching.RunRow;
import nl.labspace.db.matching.RunStore;
import nl.labspace.search.RegionIndex;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;

/** The kept record of runs: history, one run, and its stored input and solution. */
@Singleton
class RunHistory {

    private final RunStore runs;
    private final RegionIndex regions;
    private final MatchingConfiguration config;

    RunHistory(RunStore runs, RegionIndex regions, MatchingConfiguration config) {
        this.runs = runs;
        this.regions = regions;
        this.config = config;
    }

    MarketScope scope(List<String> codes) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                if (!regions.exists(codes.get(i))) {
                    throw new BadInput("regions[" + i + "]", codes.get(i), "is not a province, COROP or ROM code");
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
    String snapshot(UUID id) {
        find(id);
        return runs.snapshot(id).orElseThrow(() -> new Conflict("run %s has no snapshot yet (still preparing)".formatted(id)));
    }

    @Transactional(readOnly = true)
    String solution(UUID id) {
        RunRow run = find(id);
        return runs.solution(id).orElseThrow(() -> new Conflict("run %s has no solution (%s)".formatted(id, run.status())));
    }
}
