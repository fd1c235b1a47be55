package nl.labspace.db.form;

import static nl.labspace.db.generated.Tables.FORM_SUBMISSION;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;

/**
 * Claims of page forms, so that a form sent twice acts once. Call claim inside the transaction that makes the
 * form's change: a second claim of the same id waits for the first transaction and then finds the row (false), or
 * takes over if the first rolled back (true).
 */
public final class FormSubmissions {

    private static final int KEEP_DAYS = 2;

    private final DSLContext dsl;

    public FormSubmissions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True when this form id was not claimed before (the caller may act), false when it was. */
    public boolean claim(UUID formId) {
        int inserted = dsl.insertInto(FORM_SUBMISSION).set(FORM_SUBMISSION.ID, formId).onConflictDoNothing().execute();
        if (inserted == 1) {
            dsl.deleteFrom(FORM_SUBMISSION)
                    .where(FORM_SUBMISSION.CLAIMED_AT.lt(OffsetDateTime.now().minusDays(KEEP_DAYS))).execute();
        }
        return inserted == 1;
    }
}
