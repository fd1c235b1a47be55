package nl.labspace.enquiry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.enquiry.EnquiryQueries;
import nl.labspace.web.NotFound;

/** A campus's median first-response time: public (campus page and API), whoever asks. */
@Singleton
public class ResponseTimeService {

    private final EnquiryQueries queries;
    private final CampusQueries campuses;

    ResponseTimeService(EnquiryQueries queries, CampusQueries campuses) {
        this.queries = queries;
        this.campuses = campuses;
    }

    @Transactional(readOnly = true)
    public ResponseTimeView of(String campusId) {
        if (campuses.find(campusId).isEmpty()) {
            throw new NotFound("campus %s does not exist".formatted(campusId));
        }
        return ResponseTimeView.of(queries.responseTimes(campusId));
    }
}
