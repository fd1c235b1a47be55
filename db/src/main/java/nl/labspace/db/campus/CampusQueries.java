package nl.labspace.db.campus;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static org.jooq.Records.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.labspace.db.Gis;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.impl.DSL;
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

    /** A manager's address is the campus's own: it is no longer the demo's. */
    public void updateProfile(String id, List<String> focus, List<String> sharedFacilities, String website,
                              String contactEmail, CampusAddress address) {
        dsl.update(CAMPUS)
                .set(CAMPUS.STREET_ADDRESS, address.street())
                .set(CAMPUS.POSTCODE, address.postcode())
                .set(CAMPUS.ADDRESS_TOWN, address.town())
                .set(CAMPUS.ADDRESS_DEMO, false)
                .set(CAMPUS.FOCUS, focus.toArray(String[]::new))
                .set(CAMPUS.SHARED_FACILITIES, sharedFacilities.toArray(String[]::new))
                .set(CAMPUS.WEBSITE, website)
                .set(CAMPUS.CONTACT_EMAIL, contactEmail)
                .where(CAMPUS.ID.eq(id))
                .execute();
    }

    private SelectJoinStep<Record13<String, String, String, Double, Double, String, String, String, String[], String[], String, String, CampusAddress>> select() {
        return dsl.select(CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY, Gis.lat(CAMPUS.LOCATION), Gis.lon(CAMPUS.LOCATION),
                        CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE, CAMPUS.FOCUS, CAMPUS.SHARED_FACILITIES,
                        CAMPUS.WEBSITE, CAMPUS.CONTACT_EMAIL, ADDRESS)
                .from(CAMPUS);
    }

    /** The address columns as one value; search reads them the same way. */
    public static final org.jooq.SelectField<CampusAddress> ADDRESS = DSL.row(CAMPUS.STREET_ADDRESS, CAMPUS.POSTCODE,
            CAMPUS.ADDRESS_TOWN, CAMPUS.ADDRESS_DEMO).mapping(CampusAddress::new);

    private static CampusRow row(String id, String name, String city, Double lat, Double lon, String province,
                                 String corop, String rom, String[] focus, String[] facilities, String website,
                                 String contact, CampusAddress address) {
        return new CampusRow(id, name, city, lat, lon, province, corop, rom, Arrays.asList(focus),
                Arrays.asList(facilities), website, contact, address);
    }
}
