package nl.labspace.page;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import nl.labspace.web.Violation;

/**
 * A form's answer (the page a POST rendered: the form with its errors and the values typed) kept a short while in
 * memory, so that the language switch on it shows the same answer in the other language instead of asking the POST's
 * address for a page it does not have (405) and losing the values. Only its author may see it again; passwords are
 * not kept. The errors are worded again in the new language from the broken rules they hold (FormErrors.Worded); an answer
 * that has gone (after KEEP, or on another instance of the app) is not found.
 */
@Singleton
public class FormAnswers {

    static final Duration KEEP = Duration.ofMinutes(30);
    static final int MAX_KEPT = 2000;

    /** A kept answer: the view and its model; the model entries named in errorRules are worded again from those rules. */
    record Kept(String view, Map<String, Object> model, Map<String, List<Violation>> errorRules, @Nullable String owner,
                Instant at) {
    }

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();
    private final FormErrors formErrors;

    FormAnswers(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    /** Keeps the answer the request rendered; returns the path that shows it again. */
    String keep(HttpRequest<?> request, String view, Map<String, Object> model) {
        Map<String, Object> copy = new HashMap<>();
        Map<String, List<Violation>> rules = new HashMap<>();
        model.forEach((key, value) -> {
            if (value instanceof FormErrors.Worded errors) {
                rules.put(key, errors.rules());
            }
            copy.put(key, value instanceof FormValues values ? values.withoutSecrets() : value);
        });
        prune();
        UUID id = UUID.randomUUID();
        kept.put(id, new Kept(view, copy, rules, owner(request), Instant.now()));
        return "/form-answer/" + id;
    }

    /** The kept answer as its author sees it again, its errors in this language. */
    Optional<Kept> find(UUID id, HttpRequest<?> request, Locale locale) {
        Kept answer = kept.get(id);
        if (answer == null || answer.at().isBefore(Instant.now().minus(KEEP)) || !Objects.equals(answer.owner(), owner(request))) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>(answer.model());
        answer.errorRules().forEach((key, rules) -> model.put(key, formErrors.byField(rules, locale)));
        return Optional.of(new Kept(answer.view(), model, answer.errorRules(), answer.owner(), answer.at()));
    }

    private void prune() {
        Instant old = Instant.now().minus(KEEP);
        kept.values().removeIf(k -> k.at().isBefore(old));
        if (kept.size() >= MAX_KEPT) {
            kept.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Kept::at)))
                    .ifPresent(e -> kept.remove(e.getKey()));
        }
    }

    private static @Nullable String owner(HttpRequest<?> request) {
        return request.getUserPrincipal().map(java.security.Principal::getName).orElse(null);
    }
}
