package nl.labspace.db.campus;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static org.jooq.Records.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.labspace.db.Gis;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.SelectJoinStep;

/** Campus profiles: everyone may read them; a campus's managers edit the descriptive part. */
public final class CampusQueries {

    private final DSLContext dsl;

    public CampusQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CampusRow> all() {
        return select().orderBy(CAMPUS.NAME).fetch(mapping(CampusQueries::row));
    }

    public Optional<CampusRow> find(String id) {
        return select().where(CAMPUS.ID.eq(id)).fetchOptional(mapping(CampusQueries::row));
    }

    public void updateProfile(String id, List<String> focus, List<String> sharedFacilities, String website,
                              String contactEmail) {
        dsl.update(CAMPUS)
                .set(CAMPUS.FOCUS, focus.toArray(String[]::new))
                .set(CAMPUS.SHARED_FACILITIES, sharedFacilities.toArray(String[]::new))
                .set(CAMPUS.WEBSITE, website)
                .set(CAMPUS.CONTACT_EMAIL, contactEmail)
                .where(CAMPUS.ID.eq(id))
                .execute();
    }

    private SelectJoinStep<Record12<String, String, String, Double, Double, String, String, String, String[], String[], String, String>> select() {
        return dsl.select(CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY, Gis.lat(CAMPUS.LOCATION), Gis.lon(CAMPUS.LOCATION),
                        CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE, CAMPUS.FOCUS, CAMPUS.SHARED_FACILITIES,
                        CAMPUS.WEBSITE, CAMPUS.CONTACT_EMAIL)
                .from(CAMPUS);
    }

    private static CampusRow row(String id, String name, String city, Double lat, Double lon, String province,
                                 String corop, String rom, String[] focus, String[] facilities, String website,
                                 String contact) {
        return new CampusRow(id, name, city, lat, lon, province, corop, rom, Arrays.asList(focus),
                Arrays.asList(facilities), website, contact);
    }
}
