package nl.labspace.insight.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.RunStatus;
import nl.labspace.db.whatif.ResultRow;
import nl.labspace.db.whatif.ScenarioResults;
import nl.labspace.db.whatif.ScenarioRow;

/** Scenarios and their results as their owner reads them, each result under the disclosure rule. */
@Singleton
class ScenarioReader {

    private final ScenarioResults results;
    private final ScenarioRuns runs;
    private final RegionTreeQuery regions;
    private final CampusQueries campuses;
    private final JsonMapper json;

    ScenarioReader(ScenarioResults results, ScenarioRuns runs, RegionTreeQuery regions, CampusQueries campuses,
                   JsonMapper json) {
        this.results = results;
        this.runs = runs;
        this.regions = regions;
        this.campuses = campuses;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ScenarioResponse response(ScenarioRow row, Viewer viewer) {
        ResultView.Names names = names();
        return response(row, results.of(row.id()).stream().map(r -> result(r, viewer, names)).toList());
    }

    @Transactional(readOnly = true)
    public List<ScenarioResponse> responses(List<ScenarioRow> rows, Viewer viewer) {
        ResultView.Names names = names();
        return rows.stream().map(row -> response(row, results.of(row.id()).stream()
                .map(r -> result(r, viewer, names)).toList())).toList();
    }

    @Transactional(readOnly = true)
    public ResultResponse result(UUID resultId, Viewer viewer) {
        return result(results.find(resultId).orElseThrow(), viewer, names());
    }

    /** Each scenario with its newest finished result, side by side. */
    @Transactional(readOnly = true)
    public ComparisonResponse compare(List<ScenarioRow> rows, Viewer viewer) {
        ResultView.Names names = names();
        return new ComparisonResponse(rows.stream().map(row -> new ComparisonResponse.Column(row.id(), row.name(),
                row.buildings().stream().map(BuildingResponse::of).toList(),
                results.of(row.id()).stream().filter(r -> RunStatus.FINISHED.is(r.status())).findFirst()
                        .map(r -> result(r, viewer, names)).orElse(null))).toList());
    }

    private ScenarioResponse response(ScenarioRow row, List<ResultResponse> runsOfIt) {
        return new ScenarioResponse(row.id(), row.name(), row.seed(), row.steps(), row.version(), row.createdAt(),
                row.updatedAt(), row.buildings().stream().map(BuildingResponse::of).toList(), runsOfIt);
    }

    private ResultResponse result(ResultRow row, Viewer viewer, ResultView.Names names) {
        ScenarioRuns.Live live = runs.live(row.id());
        int percent = live != null ? live.percent() : RunStatus.SOLVING.is(row.status()) ? 0 : 100;
        ResultRow shown = live == null ? row : new ResultRow(row.id(), row.scenarioId(), row.scenarioVersion(),
                row.seed(), row.steps(), row.status(), live.phase(), row.marketDate(), row.startedAt(),
                row.finishedAt(), row.needs(), row.units(), row.cells(), row.error());
        return ResultView.of(shown, percent, row.cells() == null ? null : data(row.cells()), viewer, names);
    }

    private ResultData data(String cells) {
        try {
            return json.readValue(cells, ResultData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResultView.Names names() {
        Map<String, String> campusNames = campuses.all().stream().collect(Collectors.toMap(CampusRow::id, CampusRow::name));
        return new ResultView.Names(regions.tree(), campusNames);
    }
}
