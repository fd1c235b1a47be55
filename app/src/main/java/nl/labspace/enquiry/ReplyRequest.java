package nl.labspace.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A message in a thread, from either side (POST /api/enquiries/{id}/messages). */
@Serdeable
@Schema(description = "A message in an enquiry thread")
record ReplyRequest(
        @Schema(description = "Plain text (line breaks kept; HTML is shown as text), 1 to 4,000 characters",
                example = "Yes, 15 January at 10:00 suits us.", maxLength = 4000)
        @Nullable String message) {
}
