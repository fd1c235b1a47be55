package nl.labspace.insight.whatif;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.search.Places;
import nl.labspace.web.Violation;

/**
 * What the what-if page shows besides the form's values: the fund manager's scenarios with their runs, the newest
 * finished runs side by side, and the places and classes a building may take, with a refused form's rules at their
 * fields in the page's language.
 */
@Singleton
class ScenarioPageModel {

    /** Side by side: the scenarios the fund manager ticked, else the newest with a finished run; at most this many. */
    static final int COMPARED = 3;

    private final ScenarioService scenarios;
    private final ScenarioReader reader;
    private final CampusQueries campuses;
    private final Places towns;
    private final FormErrors errors;

    ScenarioPageModel(ScenarioService scenarios, ScenarioReader reader, CampusQueries campuses, Places towns, FormErrors errors) {
        this.scenarios = scenarios;
        this.reader = reader;
        this.campuses = campuses;
        this.towns = towns;
        this.errors = errors;
    }

    @Transactional(readOnly = true)
    Map<String, Object> model(Viewer viewer, FormValues form, List<Violation> wrong, HttpRequest<?> request,
                              HttpLocaleResolver locales) {
        List<ScenarioResponse> mine = reader.responses(scenarios.all(viewer), viewer);
        List<String> ticked = request.getParameters().getAll("compare");
        List<ScenarioResponse> finished = mine.stream()
                .filter(s -> s.results().stream().anyMatch(r -> "finished".equals(r.status())))
                .filter(s -> ticked.isEmpty() || ticked.contains(s.id().toString())).limit(COMPARED).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("scenarios", mine);
        model.put("compareMax", COMPARED);
        model.put("compared", finished.stream().map(s -> s.id().toString()).toList());
        model.put("comparison", finished.isEmpty() ? null
                : reader.compare(finished.stream().map(s -> scenarios.owned(viewer, s.id())).toList(), viewer));
        model.put("campuses", campuses.all());
        model.put("towns", towns.towns());
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("buildings", List.of(0, 1, 2));
        model.put("form", form);
        model.put("errors", errors.byField(wrong, locales.resolveOrDefault(request)));
        model.put("formOpen", !wrong.isEmpty() || mine.isEmpty());
        return model;
    }
}
