package nl.labspace.enquiry;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.enquiry.EnquiryRow;

/**
 * An enquiry thread as one reader may see it (Reader). The campus never gets the name of a company that asks
 * anonymously until it reveals itself: companyName is then null and company the anonymous summary; no field holds the
 * company's id or any email, for any reader, nor (while anonymous) the proposal that would tie it to a need. Lists
 * leave messages out (null).
 */
@Serdeable
@Schema(description = "An enquiry thread about one unit between one company and the unit's campus")
record EnquiryResponse(UUID id, UUID unitId, String unitName, String campusId, String campusName,
                       @Schema(description = "Asked without naming the company") boolean anonymous,
                       @Schema(description = "An anonymous company has named itself since") boolean revealed,
                       @Nullable @Schema(description = "The company; null for the campus while the thread is anonymous",
                               nullable = true) String companyName,
                       @Nullable @Schema(description = "For the campus while anonymous: what it may know of the company",
                               nullable = true, type = "object") AnonymousCompany anonymousCompany,
                       @Nullable @Schema(description = "The day the company asked to view the unit", nullable = true,
                               format = "date") String viewingDate,
                       @Schema(description = "When the enquiry was sent (ISO 8601)") String createdAt,
                       @Nullable @Schema(description = "Seconds from the enquiry to the campus's first reply; null while "
                               + "unanswered", nullable = true) Long firstResponseSeconds,
                       @Schema(description = "Messages from the other side this reader has not opened (0 for admins)")
                       int unread,
                       @Nullable @Schema(description = "The latest proposal placing one of the company's needs on this "
                               + "unit, when one exists", nullable = true) UUID proposalId,
                       @Nullable @Schema(description = "The messages, oldest first; left out of lists", nullable = true)
                       List<MessageResponse> messages) {

    static EnquiryResponse of(EnquiryRow e, Reader reader, @Nullable UUID proposalId, @Nullable List<MessageResponse> messages) {
        boolean hidden = reader == Reader.CAMPUS && !e.named();
        int unread = switch (reader) {
            case COMPANY -> e.unreadByCompany();
            case CAMPUS -> e.unreadByCampus();
            case ADMIN -> 0;
        };
        Long firstResponse = e.firstReplyAt() == null ? null : Duration.between(e.createdAt(), e.firstReplyAt()).toSeconds();
        return new EnquiryResponse(e.id(), e.unitId(), e.unitName(), e.campusId(), e.campusName(), e.anonymous(),
                e.revealedAt() != null, hidden ? null : e.companyName(),
                hidden ? AnonymousCompany.of(e.sector(), e.needM2()) : null,
                e.viewingDate() == null ? null : e.viewingDate().toString(), e.createdAt().toInstant().toString(),
                firstResponse, unread, hidden ? null : proposalId, messages);
    }
}
