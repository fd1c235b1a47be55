package nl.labspace.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.enquiry.MessageRow;

/** One message of a thread: its side, never its author (an anonymous company's people stay unnamed). */
@Serdeable
@Schema(description = "A message of an enquiry thread")
record MessageResponse(@Schema(description = "Message number, increasing in a thread") long id,
                       @Schema(description = "Who wrote it", allowableValues = {"company", "campus"}) String from,
                       @Schema(description = "The text as sent: plain text, shown as text (never as HTML)") String text,
                       @Schema(description = "When it was sent (ISO 8601)", example = "2026-12-08T10:15:30Z") String sentAt,
                       @Nullable @Schema(description = "When the other side first opened it; null while unread", nullable = true)
                       String readAt) {

    static MessageResponse of(MessageRow m) {
        return new MessageResponse(m.id(), m.side(), m.body(), m.sentAt().toInstant().toString(),
                m.readAt() == null ? null : m.readAt().toInstant().toString());
    }
}
