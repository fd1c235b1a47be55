package nl.labspace.page;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.db.form.FormSubmissions;

/**
 * A creation form acts once however often it is sent (a double click, a reload of the answer, the back button and
 * send again). Each rendered form carries a fresh id in the field `once` (`th:value="${once.next()}"`); the
 * handler's transaction first claims it, and a claim that was already made means "done before": change nothing.
 * A form without the field (an old page, a script) is handled as before, unguarded.
 */
@Singleton
public class FormOnce {

    public static final String FIELD = "once";

    /** In every page model as `once`: each call gives the id of one more form. */
    public static final class Ids {
        public String next() {
            return UUID.randomUUID().toString();
        }
    }

    static final Ids IDS = new Ids();

    private final FormSubmissions submissions;

    FormOnce(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    /** True when the caller may act: the form is sent the first time, or carries no id. Call inside the change's transaction. */
    public boolean claim(@Nullable String once) {
        UUID id = parse(once);
        return id == null || submissions.claim(id);
    }

    private static @Nullable UUID parse(@Nullable String once) {
        if (once == null || !once.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return null;
        }
        return UUID.fromString(once);
    }
}
