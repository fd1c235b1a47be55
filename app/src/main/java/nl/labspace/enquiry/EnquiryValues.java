package nl.labspace.enquiry;

import java.time.LocalDate;
import java.util.UUID;

/** An enquiry's values once every rule of its form holds (EnquiryRules.values). */
record EnquiryValues(String message, LocalDate viewingDate, boolean anonymous, UUID needId) {
}
