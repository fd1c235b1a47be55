package nl.labspace.insight.whatif;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.whatif.ScenarioRow;
import nl.labspace.db.whatif.ScenarioStore;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * A fund manager's saved scenarios: create, edit, delete, run and stop. A scenario is its owner's alone: any other
 * account gets 404, as for a scenario that does not exist. A scenario is not edited or deleted while it solves.
 */
@Singleton
class ScenarioService {

    private final TransactionOperations<Connection> tx;
    private final ScenarioStore store;
    private final ScenarioRuns runs;
    private final ScenarioForm.Places places;
    private final int defaultSteps;

    ScenarioService(TransactionOperations<Connection> tx, ScenarioStore store, ScenarioRuns runs,
                    ScenarioForm.Places places, WhatIfConfiguration config) {
        this.tx = tx;
        this.store = store;
        this.runs = runs;
        this.places = places;
        this.defaultSteps = config.defaultSteps();
    }

    ScenarioRow create(Viewer viewer, ScenarioRequest request) {
        return tx.executeWrite(status -> {
            ScenarioForm.Values v = ScenarioForm.valuesOf(request, viewer, places, defaultSteps);
            UUID id = store.create(viewer.accountId(), v.name(), v.seed(), v.steps(), v.buildings());
            return store.find(id).orElseThrow();
        });
    }

    ScenarioRow update(Viewer viewer, UUID id, ScenarioRequest request) {
        return tx.executeWrite(status -> {
            ScenarioRow row = lockIdle(viewer, id);
            ScenarioForm.Values v = ScenarioForm.valuesOf(request, viewer, places, defaultSteps);
            if (request.version() == null) {
                throw new BadInput("version", null, Reason.VERSION_REQUIRED);
            }
            if (!store.update(id, request.version(), v.name(), v.seed(), v.steps(), v.buildings())) {
                throw new Conflict("scenario " + id, Reason.CHANGED_MEANWHILE, row.version(), request.version());
            }
            return store.find(id).orElseThrow();
        });
    }

    void delete(Viewer viewer, UUID id) {
        tx.executeWrite(status -> {
            lockIdle(viewer, id);
            return store.delete(id);
        });
    }

    ScenarioRow owned(Viewer viewer, UUID id) {
        return tx.executeRead(status -> store.find(id)).filter(s -> s.ownerId().equals(viewer.accountId()))
                .orElseThrow(() -> missing(id));
    }

    List<ScenarioRow> all(Viewer viewer) {
        return tx.executeRead(status -> store.ofOwner(viewer.accountId()));
    }

    /** Starts a run in the background once its row is committed; answers the run's id. */
    UUID run(Viewer viewer, UUID id) {
        record Started(UUID result, ScenarioRow scenario) {
        }
        Started started = tx.executeWrite(status -> {
            ScenarioRow row = lockIdle(viewer, id);
            return new Started(runs.start(row), row);
        });
        runs.submit(started.result(), started.scenario());
        return started.result();
    }

    /** Asks the scenario's solving run to stop; answers its id. */
    UUID stop(Viewer viewer, UUID id) {
        owned(viewer, id);
        UUID solving = tx.executeRead(status -> runs.solving(id))
                .orElseThrow(() -> new Conflict("scenario " + id, Reason.SCENARIO_NOT_SOLVING));
        if (!runs.stop(solving)) {
            throw new Conflict("scenario " + id, Reason.SCENARIO_NOT_SOLVING);
        }
        return solving;
    }

    /** The owned scenario under a row lock, refused while one of its runs solves. */
    private ScenarioRow lockIdle(Viewer viewer, UUID id) {
        ScenarioRow row = store.lock(id).filter(s -> s.ownerId().equals(viewer.accountId())).orElseThrow(() -> missing(id));
        if (runs.solving(id).isPresent()) {
            throw new Conflict("scenario " + id, Reason.SCENARIO_SOLVING);
        }
        return row;
    }

    private static NotFound missing(UUID id) {
        return new NotFound("scenario %s does not exist".formatted(id));
    }
}
