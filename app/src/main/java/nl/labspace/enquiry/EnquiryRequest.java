package nl.labspace.enquiry;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A company's enquiry about a unit (POST /api/units/{id}/enquiries). */
@Serdeable
@Schema(description = "An enquiry about a unit: a message, optionally a requested viewing date; a company with an open "
        + "confidential need may ask anonymously for it.")
record EnquiryRequest(
        @Schema(description = "The question, plain text (line breaks kept; HTML is shown as text), 1 to 4,000 characters",
                example = "Could we see the lab in January? We need a fume hood for 6 people.", maxLength = 4000)
        @Nullable String message,
        @Schema(description = "A day you would like to view the unit (YYYY-MM-DD): after today, at most 6 months ahead",
                example = "2027-01-15", nullable = true, format = "date")
        @Nullable String viewingDate,
        @Schema(description = "Ask without naming your company: the campus sees only the sector and size of needId. "
                + "Reveal it later with POST /api/enquiries/{id}/reveal.", nullable = true)
        @Nullable Boolean anonymous,
        @Schema(description = "Your open confidential need an anonymous enquiry speaks for (required when anonymous)",
                nullable = true, example = "00000000-0000-0000-0000-00000000aea1")
        @Nullable UUID needId) {
}
