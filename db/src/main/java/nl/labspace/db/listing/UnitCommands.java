package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.UUID;

import nl.labspace.db.Gis;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.UnitStatus;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;

/**
 * Writes units. Updates carry the version the editor read: a stale version changes nothing and returns false
 * (optimistic locking, so two managers editing one unit cannot overwrite each other unknowingly).
 */
public final class UnitCommands {

    private final DSLContext dsl;

    public UnitCommands(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID insert(String campusId, UnitValues v) {
        return dsl.insertInto(UNIT)
                .set(UNIT.CAMPUS_ID, campusId).set(UNIT.NAME, v.name()).set(UNIT.LAB_M2, v.labM2())
                .set(UNIT.OFFICE_M2, v.officeM2()).set(UNIT.CONTAINMENT, v.containment()).set(UNIT.GMP, v.gmp())
                .set(Gis.textArrayTarget(UNIT.FEATURES), v.features().toArray(String[]::new))
                .set(UNIT.AVAILABLE_FROM, v.availableFrom()).set(UNIT.AVAILABLE_UNTIL, v.availableUntil())
                .set(UNIT.RENT_PER_M2_YEAR, v.rentPerM2Year()).set(UNIT.MIN_TERM_MONTHS, v.minTermMonths())
                .set(UNIT.MAX_TERM_MONTHS, v.maxTermMonths()).set(UNIT.STATUS, v.status())
                .set(UNIT.DELIVERY_MONTH, v.deliveryMonth()).set(UNIT.LAST_CONFIRMED, MarketDay.today())
                .set(Gis.textArrayTarget(UNIT.RENT_COVERS), v.rentCovers().toArray(String[]::new))
                .returning(UNIT.ID).fetchSingle(UNIT.ID);
    }

    /** Editing a unit also confirms it is still on offer as described. */
    public boolean update(UUID id, int expectedVersion, UnitValues v) {
        return bump(dsl.update(UNIT)
                .set(UNIT.NAME, v.name()).set(UNIT.LAB_M2, v.labM2()).set(UNIT.OFFICE_M2, v.officeM2())
                .set(UNIT.CONTAINMENT, v.containment()).set(UNIT.GMP, v.gmp())
                .set(Gis.textArrayTarget(UNIT.FEATURES), v.features().toArray(String[]::new))
                .set(UNIT.AVAILABLE_FROM, v.availableFrom()).set(UNIT.AVAILABLE_UNTIL, v.availableUntil())
                .set(UNIT.RENT_PER_M2_YEAR, v.rentPerM2Year()).set(UNIT.MIN_TERM_MONTHS, v.minTermMonths())
                .set(UNIT.MAX_TERM_MONTHS, v.maxTermMonths()).set(UNIT.STATUS, v.status())
                .set(UNIT.DELIVERY_MONTH, v.deliveryMonth()).set(UNIT.LAST_CONFIRMED, MarketDay.today())
                .set(Gis.textArrayTarget(UNIT.RENT_COVERS), v.rentCovers().toArray(String[]::new)))
                .where(UNIT.ID.eq(id), UNIT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    public boolean withdraw(UUID id) {
        return bump(dsl.update(UNIT).set(UNIT.STATUS, UnitStatus.WITHDRAWN.code())).where(UNIT.ID.eq(id)).execute() == 1;
    }

    /**
     * "Still on offer" changes nothing a company agreed to, so it keeps the version: an acceptance of the unit stays
     * confirmable, and an edit form opened before it still saves.
     */
    public boolean reconfirm(UUID id) {
        return dsl.update(UNIT).set(UNIT.LAST_CONFIRMED, MarketDay.today()).set(UNIT.UPDATED_AT, currentOffsetDateTime())
                .where(UNIT.ID.eq(id)).execute() == 1;
    }

    private static UpdateSetMoreStep<?> bump(UpdateSetMoreStep<?> update) {
        return update.set(UNIT.VERSION, UNIT.VERSION.plus(1)).set(UNIT.UPDATED_AT, currentOffsetDateTime());
    }

}
