package nl.labspace.db.enquiry;

import java.util.UUID;

/** An account a thread's mail goes to. */
public record Recipient(UUID accountId, String email, String displayName) {
}
