package nl.labspace.db.whatif;

import static nl.labspace.db.generated.Tables.SCENARIO_RESULT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.generated.tables.records.ScenarioResultRecord;
import nl.labspace.db.market.RunStatus;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.IntegrityConstraintViolationException;

/** The runs of scenarios and their results, kept per run with the market's day. */
public final class ScenarioResults {

    /** The scenario already has a run solving (scenario_result_one_solving). */
    public static final class AlreadySolving extends RuntimeException {
        public AlreadySolving(UUID scenario) {
            super("scenario %s is already solving".formatted(scenario));
        }
    }

    private final DSLContext dsl;

    public ScenarioResults(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID start(UUID scenario, int version, long seed, int steps, LocalDate marketDate) {
        try {
            return dsl.insertInto(SCENARIO_RESULT).set(SCENARIO_RESULT.SCENARIO_ID, scenario)
                    .set(SCENARIO_RESULT.SCENARIO_VERSION, version).set(SCENARIO_RESULT.SEED, seed)
                    .set(SCENARIO_RESULT.STEPS, steps).set(SCENARIO_RESULT.MARKET_DATE, marketDate)
                    .returning(SCENARIO_RESULT.ID).fetchOne().getId();
        } catch (IntegrityConstraintViolationException e) {
            throw new AlreadySolving(scenario);
        }
    }

    public void phase(UUID result, String phase) {
        dsl.update(SCENARIO_RESULT).set(SCENARIO_RESULT.PHASE, phase).where(SCENARIO_RESULT.ID.eq(result)).execute();
    }

    /** A finished run's figures (cells before disclosure, as JSON) and the size of the market it solved. */
    public void finish(UUID result, int needs, int units, String cells) {
        end(result, RunStatus.FINISHED, null, needs, units, cells);
    }

    /** A run that ended without figures: stopped, or failed with the reason. */
    public void endWithout(UUID result, RunStatus status, String error) {
        end(result, status, error, null, null, null);
    }

    private void end(UUID result, RunStatus status, String error, Integer needs, Integer units, String cells) {
        dsl.update(SCENARIO_RESULT).set(SCENARIO_RESULT.STATUS, status.code()).set(SCENARIO_RESULT.PHASE, "done")
                .set(SCENARIO_RESULT.FINISHED_AT, OffsetDateTime.now()).set(SCENARIO_RESULT.ERROR, error)
                .set(SCENARIO_RESULT.NEEDS, needs).set(SCENARIO_RESULT.UNITS, units)
                .set(SCENARIO_RESULT.CELLS, cells == null ? null : JSONB.valueOf(cells))
                .where(SCENARIO_RESULT.ID.eq(result)).execute();
    }

    /** Runs that were solving when the application stopped have no result: they show as interrupted. */
    public int interruptUnfinished() {
        return dsl.update(SCENARIO_RESULT).set(SCENARIO_RESULT.STATUS, RunStatus.INTERRUPTED.code())
                .set(SCENARIO_RESULT.PHASE, "done").set(SCENARIO_RESULT.FINISHED_AT, OffsetDateTime.now())
                .set(SCENARIO_RESULT.ERROR, "the application stopped while this scenario was solving")
                .where(SCENARIO_RESULT.STATUS.eq(RunStatus.SOLVING.code())).execute();
    }

    public Optional<ResultRow> find(UUID result) {
        return dsl.selectFrom(SCENARIO_RESULT).where(SCENARIO_RESULT.ID.eq(result)).fetchOptional(ScenarioResults::row);
    }

    /** Every run of a scenario, newest first. */
    public List<ResultRow> of(UUID scenario) {
        return dsl.selectFrom(SCENARIO_RESULT).where(SCENARIO_RESULT.SCENARIO_ID.eq(scenario))
                .orderBy(SCENARIO_RESULT.STARTED_AT.desc(), SCENARIO_RESULT.ID).fetch(ScenarioResults::row);
    }

    private static ResultRow row(ScenarioResultRecord r) {
        return new ResultRow(r.getId(), r.getScenarioId(), r.getScenarioVersion(), r.getSeed(), r.getSteps(),
                r.getStatus(), r.getPhase(), r.getMarketDate(), r.getStartedAt(), r.getFinishedAt(), r.getNeeds(),
                r.getUnits(), r.getCells() == null ? null : r.getCells().data(), r.getError());
    }
}
