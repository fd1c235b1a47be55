package nl.labspace.enquiry;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.enquiry.EnquiryQueries;
import nl.labspace.web.NotFound;

/** A campus's median first-response time: public (campus page and API), whoever asks. */
@Singleton
public class ResponseTimeService {

    /** A campus's figure with its name (the campus inbox). */
    public record OfCampus(String campusId, String campusName, ResponseTimeView figure) {
    }

    private final EnquiryQueries queries;
    private final CampusQueries campuses;

    ResponseTimeService(EnquiryQueries queries, CampusQueries campuses) {
        this.queries = queries;
        this.campuses = campuses;
    }

    @Transactional(readOnly = true)
    public OfCampus named(String campusId) {
        String name = campuses.find(campusId).map(c -> c.name()).orElseThrow(() -> notFound(campusId));
        return new OfCampus(campusId, name, ResponseTimeView.of(queries.responseTimes(campusId)));
    }

    @Transactional(readOnly = true)
    public ResponseTimeView of(String campusId) {
        if (campuses.find(campusId).isEmpty()) {
            throw notFound(campusId);
        }
        return ResponseTimeView.of(queries.responseTimes(campusId));
    }

    private static NotFound notFound(String campusId) {
        return new NotFound("campus %s does not exist".formatted(campusId));
    }
}
