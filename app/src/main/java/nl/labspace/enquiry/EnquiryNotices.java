package nl.labspace.enquiry;

import jakarta.inject.Singleton;
import nl.labspace.db.enquiry.EnquiryRow;
import nl.labspace.db.enquiry.EnquirySide;

/**
 * Tells the other side of a thread that it has a new message: the campus's managers of a new enquiry or a company
 * message, the company's asking account of a campus reply. Called inside the transaction that writes the message.
 */
@Singleton
class EnquiryNotices {

    void asked(EnquiryRow enquiry, String message) {
    }

    void replied(EnquiryRow enquiry, EnquirySide from, String message) {
    }
}
