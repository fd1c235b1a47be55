package nl.labspace.enquiry;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.enquiry.EnquiryCommands;
import nl.labspace.db.enquiry.EnquiryQueries;
import org.jooq.DSLContext;

/** Makes the db module's enquiry classes injectable (as web/QueryFactory does for the older features). */
@Factory
class EnquiryQueryFactory {

    @Singleton
    EnquiryQueries enquiryQueries(DSLContext dsl) {
        return new EnquiryQueries(dsl);
    }

    @Singleton
    EnquiryCommands enquiryCommands(DSLContext dsl) {
        return new EnquiryCommands(dsl);
    }
}
