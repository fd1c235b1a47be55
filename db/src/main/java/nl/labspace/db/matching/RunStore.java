package nl.labspace.db.matching;

import static nl.labspace.db.generated.Tables.MATCHING_RUN;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.generated.tables.records.MatchingRunRecord;
import nl.labspace.db.market.RunStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.JSONB;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Matching runs: started, followed, finished. One solving run per scope is the database's rule, not only Java's. */
public final class RunStore {

    /** Thrown when a run whose scope overlaps (shares a campus or a need, or is national) is already solving. */
    public static final class ScopeBusy extends RuntimeException {
        private final String scopeKey;

        public ScopeBusy(String scopeKey) {
            super("a run of scope '%s', which overlaps this one, is already solving".formatted(scopeKey));
            this.scopeKey = scopeKey;
        }

        /** The scope of the run that is solving. */
        public String scopeKey() {
            return scopeKey;
        }
    }

    // Regions of two scopes overlap when a campus or a need's home lies in both; the whole country overlaps all.
    private static final String OVERLAPS = """
            cardinality({0}) = 0
            OR EXISTS (SELECT 1 FROM campus c
                       WHERE (c.province_code = ANY({0}) OR c.corop_code = ANY({0}) OR c.rom_code = ANY({0}))
                         AND (c.province_code = ANY({1}) OR c.corop_code = ANY({1}) OR c.rom_code = ANY({1})))
            OR EXISTS (SELECT 1 FROM need n
                       WHERE (n.home_province_code = ANY({0}) OR n.home_corop_code = ANY({0}) OR n.home_rom_code = ANY({0}))
                         AND (n.home_province_code = ANY({1}) OR n.home_corop_code = ANY({1}) OR n.home_rom_code = ANY({1})))
            """;

    private final DSLContext dsl;

    public RunStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Starts a run unless one whose scope overlaps is solving. Starts queue on one transaction-scoped advisory lock,
     * so two overlapping starts cannot both see the other absent; the unique index on an identical scope stays as
     * the database's own rule.
     */
    public UUID start(MarketScope scope, int budgetSeconds, long seed, Integer steps, String startedBy) {
        dsl.select(DSL.field("pg_advisory_xact_lock(hashtext('labspace.matching_run.start'))")).fetch();
        String[] codes = scope.regionCodes().toArray(String[]::new);
        dsl.select(MATCHING_RUN.SCOPE_KEY).from(MATCHING_RUN).where(MATCHING_RUN.STATUS.eq(RunStatus.SOLVING.code()))
                .and(scope.national() ? DSL.noCondition() : DSL.condition(OVERLAPS, MATCHING_RUN.REGION_CODES, DSL.val(codes)))
                .limit(1).fetchOptional(r -> r.value1())
                .ifPresent(busy -> {
                    throw new ScopeBusy(busy);
                });
        try {
            return dsl.insertInto(MATCHING_RUN)
                    .set(MATCHING_RUN.SCOPE_KEY, scope.key())
                    .set(MATCHING_RUN.REGION_CODES, scope.regionCodes().toArray(String[]::new))
                    .set(MATCHING_RUN.BUDGET_SECONDS, budgetSeconds)
                    .set(MATCHING_RUN.SEED, seed)
                    .set(MATCHING_RUN.STEPS, steps)
                    .set(MATCHING_RUN.STARTED_BY, startedBy)
                    .returning(MATCHING_RUN.ID).fetchOne().getId();
        } catch (IntegrityConstraintViolationException e) {
            throw new ScopeBusy(scope.key());
        }
    }

    public void solving(UUID run, String snapshot, int totalNeeds, long askedM2) {
        dsl.update(MATCHING_RUN).set(MATCHING_RUN.PHASE, "solving").set(MATCHING_RUN.SOLVING_AT, OffsetDateTime.now())
                .set(MATCHING_RUN.SNAPSHOT, JSONB.valueOf(snapshot)).set(MATCHING_RUN.TOTAL_NEEDS, totalNeeds)
                .set(MATCHING_RUN.ASKED_M2, askedM2)
                .where(MATCHING_RUN.ID.eq(run)).execute();
    }

    /** The figures a public allocation would publish, with the solution, once its proposals are written. */
    public record Outcome(String status, String solution, int matchedNeeds, long servedM2, long unservedM2,
                          int proposals, String perProvince) {
    }

    public void finish(UUID run, Outcome o) {
        dsl.update(MATCHING_RUN).set(MATCHING_RUN.STATUS, o.status()).set(MATCHING_RUN.PHASE, "done")
                .set(MATCHING_RUN.FINISHED_AT, OffsetDateTime.now()).set(MATCHING_RUN.SOLUTION, JSONB.valueOf(o.solution()))
                .set(MATCHING_RUN.MATCHED_NEEDS, o.matchedNeeds()).set(MATCHING_RUN.SERVED_M2, o.servedM2())
                .set(MATCHING_RUN.UNSERVED_M2, o.unservedM2()).set(MATCHING_RUN.PROPOSALS, o.proposals())
                .set(MATCHING_RUN.PER_PROVINCE, JSONB.valueOf(o.perProvince()))
                .where(MATCHING_RUN.ID.eq(run)).execute();
    }

    /** A run stopped before its search began has no best plan: it ends without proposals, earlier ones untouched. */
    public void stoppedUnsolved(UUID run) {
        dsl.update(MATCHING_RUN).set(MATCHING_RUN.STATUS, RunStatus.STOPPED.code()).set(MATCHING_RUN.PHASE, "done")
                .set(MATCHING_RUN.FINISHED_AT, OffsetDateTime.now()).set(MATCHING_RUN.PROPOSALS, 0)
                .set(MATCHING_RUN.ERROR, "stopped before the search began; no proposal was written")
                .where(MATCHING_RUN.ID.eq(run)).execute();
    }

    public void fail(UUID run, String error) {
        // The history shows the cause, not a whole SQL statement; the log keeps the rest.
        String shown = error == null || error.length() <= 500 ? error : error.substring(0, 500) + "...";
        dsl.update(MATCHING_RUN).set(MATCHING_RUN.STATUS, RunStatus.FAILED.code()).set(MATCHING_RUN.PHASE, "done")
                .set(MATCHING_RUN.FINISHED_AT, OffsetDateTime.now()).set(MATCHING_RUN.ERROR, shown)
                .where(MATCHING_RUN.ID.eq(run)).execute();
    }

    /** At start-up: runs that were solving when the app stopped never wrote proposals; they are interrupted. */
    public int interruptUnfinished() {
        return dsl.update(MATCHING_RUN).set(MATCHING_RUN.STATUS, RunStatus.INTERRUPTED.code()).set(MATCHING_RUN.PHASE, "done")
                .set(MATCHING_RUN.FINISHED_AT, OffsetDateTime.now())
                .set(MATCHING_RUN.ERROR, "the application stopped while this run was solving; no proposal was written")
                .where(MATCHING_RUN.STATUS.eq(RunStatus.SOLVING.code())).execute();
    }

    public int countSolving() {
        return dsl.fetchCount(MATCHING_RUN, MATCHING_RUN.STATUS.eq(RunStatus.SOLVING.code()));
    }

    public Optional<RunRow> find(UUID id) {
        return dsl.selectFrom(MATCHING_RUN).where(MATCHING_RUN.ID.eq(id)).fetchOptional(RunStore::row);
    }

    public List<RunRow> recent(int limit) {
        return dsl.selectFrom(MATCHING_RUN).orderBy(MATCHING_RUN.CREATED_AT.desc()).limit(limit).fetch(RunStore::row);
    }

    public Optional<String> snapshot(UUID id) {
        return dsl.select(MATCHING_RUN.SNAPSHOT).from(MATCHING_RUN).where(MATCHING_RUN.ID.eq(id))
                .fetchOptional(r -> r.value1() == null ? null : r.value1().data());
    }

    public Optional<String> solution(UUID id) {
        return dsl.select(MATCHING_RUN.SOLUTION).from(MATCHING_RUN).where(MATCHING_RUN.ID.eq(id))
                .fetchOptional(r -> r.value1() == null ? null : r.value1().data());
    }

    private static RunRow row(MatchingRunRecord r) {
        return new RunRow(r.getId(), r.getScopeKey(), Arrays.asList(r.getRegionCodes()), r.getBudgetSeconds(), r.getSeed(), r.getSteps(),
                r.getStartedBy(), r.getStatus(), r.getPhase(), r.getCreatedAt(), r.getSolvingAt(), r.getFinishedAt(),
                r.getTotalNeeds(), r.getMatchedNeeds(), r.getAskedM2(), r.getServedM2(), r.getUnservedM2(),
                r.getProposals(), r.getPerProvince() == null ? null : r.getPerProvince().data(), r.getError());
    }
}
