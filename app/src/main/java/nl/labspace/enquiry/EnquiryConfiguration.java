package nl.labspace.enquiry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * labspace.enquiry.*: the limits against abuse of enquiries (README, "Enquiries"). A message is at most
 * message-chars long (never over the API's 4,000 for any text); a company sends at most enquiries-per-day new
 * enquiries in any 24 hours, and each side of a thread at most messages-per-day messages in it; a requested viewing
 * date lies after today and at most viewing-months-ahead months ahead.
 */
@ConfigurationProperties("labspace.enquiry")
record EnquiryConfiguration(@Bindable(defaultValue = "4000") @Min(100) @Max(4000) int messageChars,
                            @Bindable(defaultValue = "10") @Min(1) int enquiriesPerDay,
                            @Bindable(defaultValue = "20") @Min(1) int messagesPerDay,
                            @Bindable(defaultValue = "6") @Min(1) @Max(24) int viewingMonthsAhead) {
}
