package nl.labspace.db.need;

import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.NEED_PROVINCE;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.Gis;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;

/** Reads needs with their company and provinces. */
public final class NeedQueries {

    private static final Field<String[]> PROVINCES = coalesce(
            field(select(arrayAgg(NEED_PROVINCE.PROVINCE_CODE).orderBy(NEED_PROVINCE.PROVINCE_CODE))
                    .from(NEED_PROVINCE).where(NEED_PROVINCE.NEED_ID.eq(NEED.ID))),
            field("'{}'::text[]", SQLDataType.VARCHAR.array())).as("provinces");

    private final DSLContext dsl;

    public NeedQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NeedRow> ofCompany(UUID companyId) {
        return fetch(NEED.COMPANY_ID.eq(companyId));
    }

    public List<NeedRow> all() {
        return fetch(org.jooq.impl.DSL.noCondition());
    }

    public Optional<NeedRow> find(UUID id) {
        return fetch(NEED.ID.eq(id)).stream().findFirst();
    }

    private List<NeedRow> fetch(Condition where) {
        return dsl.select(NEED.asterisk(), COMPANY.NAME, Gis.textArray(NEED.FEATURES).as("feature_list"),
                        Gis.lat(NEED.NEAR_LOCATION).as("near_lat"), Gis.lon(NEED.NEAR_LOCATION).as("near_lon"), PROVINCES)
                .from(NEED).join(COMPANY).on(COMPANY.ID.eq(NEED.COMPANY_ID))
                .where(where)
                .orderBy(NEED.MOVE_IN_EARLIEST, NEED.ID)
                .fetch(NeedQueries::row);
    }

    private static NeedRow row(Record r) {
        return new NeedRow(r.get(NEED.ID), r.get(NEED.COMPANY_ID), r.get(COMPANY.NAME), r.get(NEED.TITLE),
                r.get(NEED.LAB_M2), r.get(NEED.OFFICE_M2), r.get(NEED.CONTAINMENT), r.get(NEED.GMP),
                Arrays.asList(r.get("feature_list", String[].class)), r.get(NEED.MOVE_IN_EARLIEST),
                r.get(NEED.MOVE_IN_LATEST), r.get(NEED.TERM_MONTHS), r.get(NEED.MAX_RENT_PER_M2_YEAR),
                r.get(NEED.MAX_UNITS), r.get("near_lat", Double.class), r.get("near_lon", Double.class),
                r.get(NEED.NEAR_MAX_KM), Arrays.asList(r.get("provinces", String[].class)), r.get(NEED.SECTOR),
                r.get(NEED.CONFIDENTIAL), r.get(NEED.STATUS), r.get(NEED.HOME_PROVINCE_CODE), r.get(NEED.VERSION),
                r.get(NEED.MAX_M2), r.get(NEED.WITHDRAW_REASON));
    }
}
