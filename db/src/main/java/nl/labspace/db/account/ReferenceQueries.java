package nl.labspace.db.account;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.REGION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

/** Whether the things an account may be bound to exist, and which companies the demo signs in as. */
public final class ReferenceQueries {

    private final DSLContext dsl;

    public ReferenceQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean campusExists(String id) {
        return dsl.fetchExists(CAMPUS, CAMPUS.ID.eq(id));
    }

    public boolean companyExists(UUID id) {
        return dsl.fetchExists(COMPANY, COMPANY.ID.eq(id));
    }

    public boolean regionExists(String code) {
        return dsl.fetchExists(REGION, REGION.CODE.eq(code));
    }

    /** The companies with the most needs, most first (ties by name). */
    public List<UUID> companiesWithMostNeeds(int limit) {
        return dsl.select(COMPANY.ID).from(COMPANY).join(NEED).on(NEED.COMPANY_ID.eq(COMPANY.ID))
                .groupBy(COMPANY.ID, COMPANY.NAME)
                .orderBy(count().desc(), COMPANY.NAME).limit(limit).fetch(COMPANY.ID);
    }

    public Optional<String> companyName(UUID id) {
        return dsl.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(id)).fetchOptional(COMPANY.NAME);
    }

    /** Every company by name, for binding a company account. */
    public List<CompanyRef> companies() {
        return dsl.select(COMPANY.ID, COMPANY.NAME).from(COMPANY).orderBy(COMPANY.NAME, COMPANY.ID).fetch(mapping(CompanyRef::new));
    }
}
