package nl.labspace.access;

import static nl.labspace.TestMarket.MANAGER_A;

import java.util.List;
import java.util.Set;

/**
 * A form's answer shown again for the language switch (page/FormAnswers): only its author sees it; an unknown or
 * gone answer, or another's, is not found, signed in or not.
 */
class FormAnswerAccessCases implements FeatureAccess {

    @Override
    public Set<String> routes() {
        return Set.of("GET /form-answer/{id}");
    }

    @Override
    public List<Case> cases() {
        String unknown = "/form-answer/00000000-0000-0000-0000-000000000000";
        return List.of(
                new Case(Case.ANONYMOUS, "GET", unknown, null, 404),
                new Case(MANAGER_A, "GET", unknown, null, 404),
                new Case(Case.ANONYMOUS, "GET", "/form-answer/not-an-id", null, 400));
    }
}
