package nl.labspace.db.need;

import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.NEED_PROVINCE;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.inline;

import java.util.UUID;

import nl.labspace.db.Gis;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Writes needs and their acceptable provinces; edits carry the version read (optimistic locking). */
public final class NeedCommands {

    private final DSLContext dsl;

    public NeedCommands(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID insert(UUID companyId, NeedValues v) {
        UUID id = dsl.insertInto(NEED)
                .set(NEED.COMPANY_ID, companyId).set(NEED.TITLE, v.title()).set(NEED.LAB_M2, v.labM2())
                .set(NEED.OFFICE_M2, v.officeM2()).set(NEED.CONTAINMENT, v.containment()).set(NEED.GMP, v.gmp())
                .set(Gis.textArrayTarget(NEED.FEATURES), v.features().toArray(String[]::new))
                .set(NEED.MOVE_IN_EARLIEST, v.moveInEarliest()).set(NEED.MOVE_IN_LATEST, v.moveInLatest())
                .set(NEED.TERM_MONTHS, v.termMonths()).set(NEED.MAX_RENT_PER_M2_YEAR, v.maxRentPerM2Year())
                .set(NEED.MAX_UNITS, v.maxUnits()).set(java.util.Map.of(NEED.NEAR_LOCATION, near(v))).set(NEED.NEAR_MAX_KM, v.nearMaxKm())
                .set(NEED.SECTOR, v.sector()).set(NEED.CONFIDENTIAL, v.confidential()).set(NEED.MAX_M2, v.maxM2())
                .returning(NEED.ID).fetchSingle(NEED.ID);
        replaceProvinces(id, v);
        return id;
    }

    public boolean update(UUID id, int expectedVersion, NeedValues v) {
        int updated = dsl.update(NEED)
                .set(NEED.TITLE, v.title()).set(NEED.LAB_M2, v.labM2()).set(NEED.OFFICE_M2, v.officeM2())
                .set(NEED.CONTAINMENT, v.containment()).set(NEED.GMP, v.gmp())
                .set(Gis.textArrayTarget(NEED.FEATURES), v.features().toArray(String[]::new))
                .set(NEED.MOVE_IN_EARLIEST, v.moveInEarliest()).set(NEED.MOVE_IN_LATEST, v.moveInLatest())
                .set(NEED.TERM_MONTHS, v.termMonths()).set(NEED.MAX_RENT_PER_M2_YEAR, v.maxRentPerM2Year())
                .set(NEED.MAX_UNITS, v.maxUnits()).set(java.util.Map.of(NEED.NEAR_LOCATION, near(v))).set(NEED.NEAR_MAX_KM, v.nearMaxKm())
                .set(NEED.SECTOR, v.sector()).set(NEED.CONFIDENTIAL, v.confidential()).set(NEED.MAX_M2, v.maxM2())
                .set(NEED.VERSION, NEED.VERSION.plus(1)).set(NEED.UPDATED_AT, currentOffsetDateTime())
                .where(NEED.ID.eq(id), NEED.VERSION.eq(expectedVersion), NEED.STATUS.eq(NeedStatus.OPEN.code()))
                .execute();
        if (updated == 1) {
            replaceProvinces(id, v);
        }
        return updated == 1;
    }

    /** Withdraws a need not yet withdrawn, recording why (UNKNOWN when the company did not say) and when. */
    public boolean withdraw(UUID id, WithdrawReason reason) {
        return dsl.update(NEED).set(NEED.STATUS, NeedStatus.WITHDRAWN.code()).set(NEED.VERSION, NEED.VERSION.plus(1))
                .set(NEED.UPDATED_AT, currentOffsetDateTime()).set(NEED.WITHDRAWN_AT, currentOffsetDateTime())
                .set(NEED.WITHDRAW_REASON, reason.code())
                .where(NEED.ID.eq(id), NEED.STATUS.ne(NeedStatus.WITHDRAWN.code())).execute() == 1;
    }

    private void replaceProvinces(UUID id, NeedValues v) {
        dsl.deleteFrom(NEED_PROVINCE).where(NEED_PROVINCE.NEED_ID.eq(id)).execute();
        v.provinces().forEach(p -> dsl.insertInto(NEED_PROVINCE)
                .set(NEED_PROVINCE.NEED_ID, id).set(NEED_PROVINCE.PROVINCE_CODE, p).execute());
    }

    private static Field<Object> near(NeedValues v) {
        return v.nearLat() == null ? inline(null, Object.class) : Gis.point(v.nearLon(), v.nearLat());
    }

}
