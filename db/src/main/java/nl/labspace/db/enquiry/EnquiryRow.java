package nl.labspace.db.enquiry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One enquiry thread as stored, with what every view of it needs: the unit and campus, the company (which only the
 * company's own view and admins may show while the thread is anonymous), the confidential need's sector and size for
 * the campus's anonymous summary, the first campus reply, and the unread counts of each side.
 */
public record EnquiryRow(UUID id, UUID unitId, String unitName, String campusId, String campusName, UUID companyId,
                         String companyName, UUID askedBy, UUID needId, boolean anonymous, OffsetDateTime revealedAt,
                         LocalDate viewingDate, OffsetDateTime createdAt, OffsetDateTime firstReplyAt, String sector,
                         Integer needM2, int unreadByCompany, int unreadByCampus, OffsetDateTime lastMessageAt) {

    /** Whether the campus may see who asks: not anonymous, or revealed since. */
    public boolean named() {
        return !anonymous || revealedAt != null;
    }
}
