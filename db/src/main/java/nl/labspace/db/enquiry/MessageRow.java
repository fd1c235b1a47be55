package nl.labspace.db.enquiry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of a thread: which side wrote it (EnquirySide), the text as sent, when, and when the other side read it. */
public record MessageRow(long id, UUID enquiryId, String side, String body, OffsetDateTime sentAt, OffsetDateTime readAt) {
}
