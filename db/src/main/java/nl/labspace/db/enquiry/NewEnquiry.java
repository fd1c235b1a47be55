package nl.labspace.db.enquiry;

import java.time.LocalDate;
import java.util.UUID;

/** What a company's enquiry writes: the thread, and its first message. needId is set for an anonymous enquiry. */
public record NewEnquiry(UUID unitId, UUID companyId, UUID askedBy, UUID needId, boolean anonymous, LocalDate viewingDate,
                         String message) {

    public NewEnquiry {
        if (anonymous && needId == null) {
            throw new IllegalArgumentException("an anonymous enquiry speaks for a confidential need");
        }
    }
}
