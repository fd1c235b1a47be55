package nl.labspace.insight.whatif;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.page.FormOnce;

/**
 * Saves the builder's scenario once per form: the form's one-time id is claimed in the transaction that writes the
 * scenario, so a refused scenario (BadInput leaves this method) leaves the id unclaimed for the corrected form.
 */
@Singleton
class ScenarioSaving {

    private final ScenarioService scenarios;
    private final FormOnce once;

    ScenarioSaving(ScenarioService scenarios, FormOnce once) {
        this.scenarios = scenarios;
        this.once = once;
    }

    /** False when this form was sent before (nothing is written twice). */
    @Transactional
    boolean saveOnce(Viewer viewer, @Nullable String formId, ScenarioRequest request) {
        if (!once.claim(formId)) {
            return false;
        }
        scenarios.create(viewer, request);
        return true;
    }
}
