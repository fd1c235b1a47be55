package nl.labspace.db.photo;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.UNIT;
import static nl.labspace.db.generated.Tables.UNIT_FILE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.when;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Reads and writes a unit's photos and floor plans (table unit_file). Metadata queries never read the bytes; the
 * bytes are read one file at a time. Writers lock the unit's row first, so that uploads and deletes of one unit
 * take turns and each sees the positions the one before it left.
 */
public final class UnitFileQueries {

    private static final Field<Boolean> HAS_THUMBNAIL = field(UNIT_FILE.THUMBNAIL.isNotNull()).as("has_thumbnail");

    private final DSLContext dsl;

    public UnitFileQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A unit's files in the order they are shown. */
    public List<UnitFileRow> ofUnit(UUID unitId) {
        return dsl.select(UNIT_FILE.ID, UNIT_FILE.UNIT_ID, UNIT_FILE.KIND, UNIT_FILE.POSITION, UNIT_FILE.MEDIA_TYPE,
                        UNIT_FILE.FILE_NAME, UNIT_FILE.CAPTION, UNIT_FILE.BYTE_SIZE, UNIT_FILE.SHA256, UNIT_FILE.WIDTH,
                        UNIT_FILE.HEIGHT, HAS_THUMBNAIL)
                .from(UNIT_FILE).where(UNIT_FILE.UNIT_ID.eq(unitId)).orderBy(UNIT_FILE.POSITION)
                .fetch(UnitFileQueries::row);
    }

    public Optional<UnitFileRow> find(UUID unitId, UUID fileId) {
        return ofUnit(unitId).stream().filter(f -> f.id().equals(fileId)).findFirst();
    }

    /** The stored bytes of a file, or of its thumbnail (empty when it has none). */
    public Optional<StoredBytes> bytes(UUID unitId, UUID fileId, boolean thumbnail) {
        return dsl.select(UNIT_FILE.MEDIA_TYPE, UNIT_FILE.FILE_NAME, UNIT_FILE.SHA256,
                        thumbnail ? UNIT_FILE.THUMBNAIL : UNIT_FILE.CONTENT)
                .from(UNIT_FILE).where(UNIT_FILE.UNIT_ID.eq(unitId), UNIT_FILE.ID.eq(fileId))
                .fetchOptional()
                .filter(r -> r.value4() != null)
                .map(r -> thumbnail
                        ? new StoredBytes("image/jpeg", r.value2(), r.value3() + "-thumbnail", r.value4())
                        : new StoredBytes(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Locks the unit's row until the transaction ends; answers how many files it has. */
    public int lockAndCount(UUID unitId) {
        dsl.select(UNIT.ID).from(UNIT).where(UNIT.ID.eq(unitId)).forUpdate().fetch();
        return dsl.fetchCount(UNIT_FILE, UNIT_FILE.UNIT_ID.eq(unitId));
    }

    /** Adds the file after the unit's last one (call lockAndCount first). */
    public UUID insert(NewUnitFile f) {
        Integer last = dsl.select(max(UNIT_FILE.POSITION)).from(UNIT_FILE).where(UNIT_FILE.UNIT_ID.eq(f.unitId())).fetchOne(0, Integer.class);
        return dsl.insertInto(UNIT_FILE)
                .set(UNIT_FILE.UNIT_ID, f.unitId()).set(UNIT_FILE.KIND, f.kind()).set(UNIT_FILE.POSITION, last == null ? 1 : last + 1)
                .set(UNIT_FILE.MEDIA_TYPE, f.mediaType()).set(UNIT_FILE.FILE_NAME, f.fileName()).set(UNIT_FILE.CAPTION, f.caption())
                .set(UNIT_FILE.CONTENT, f.content()).set(UNIT_FILE.BYTE_SIZE, f.content().length).set(UNIT_FILE.SHA256, f.sha256())
                .set(UNIT_FILE.WIDTH, f.width()).set(UNIT_FILE.HEIGHT, f.height()).set(UNIT_FILE.THUMBNAIL, f.thumbnail())
                .returning(UNIT_FILE.ID).fetchSingle(UNIT_FILE.ID);
    }

    /** Deletes a file and closes the gap it leaves (call lockAndCount first); false when there was no such file. */
    public boolean delete(UUID unitId, UUID fileId) {
        Integer position = dsl.deleteFrom(UNIT_FILE).where(UNIT_FILE.UNIT_ID.eq(unitId), UNIT_FILE.ID.eq(fileId))
                .returning(UNIT_FILE.POSITION).fetchOptional(UNIT_FILE.POSITION).orElse(null);
        if (position == null) {
            return false;
        }
        dsl.update(UNIT_FILE).set(UNIT_FILE.POSITION, UNIT_FILE.POSITION.minus(1))
                .where(UNIT_FILE.UNIT_ID.eq(unitId), UNIT_FILE.POSITION.gt(position)).execute();
        return true;
    }

    /**
     * Moves a file to another position (1 to the number of files), shifting the ones between (call lockAndCount first).
     * The positions are unique only at the end of the statement's transaction step, hence the deferred constraint.
     */
    public void move(UUID unitId, UUID fileId, int from, int to) {
        dsl.execute("SET CONSTRAINTS unit_file_position_once DEFERRED");
        var p = UNIT_FILE.POSITION;
        dsl.update(UNIT_FILE)
                .set(p, when(UNIT_FILE.ID.eq(fileId), inline(to))
                        .when(p.between(Math.min(from, to), Math.max(from, to)), to > from ? p.minus(1) : p.plus(1))
                        .otherwise(p))
                .where(UNIT_FILE.UNIT_ID.eq(unitId)).execute();
        dsl.execute("SET CONSTRAINTS unit_file_position_once IMMEDIATE");
    }

    public void caption(UUID unitId, UUID fileId, String caption) {
        dsl.update(UNIT_FILE).set(UNIT_FILE.CAPTION, caption).where(UNIT_FILE.UNIT_ID.eq(unitId), UNIT_FILE.ID.eq(fileId)).execute();
    }

    /** The cover of each of these units that has an image (a unit without one is left out). */
    public List<Cover> covers(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(UNIT_FILE.UNIT_ID, UNIT_FILE.ID, UNIT_FILE.SHA256).distinctOn(UNIT_FILE.UNIT_ID)
                .from(UNIT_FILE).where(UNIT_FILE.UNIT_ID.in(unitIds), UNIT_FILE.THUMBNAIL.isNotNull())
                .orderBy(UNIT_FILE.UNIT_ID, coalesce(when(UNIT_FILE.KIND.eq("photo"), inline(0)), inline(1)), UNIT_FILE.POSITION)
                .fetch(r -> new Cover(r.value1(), r.value2(), r.value3()));
    }

    /** Whether any unit has a file (the demo adds its pictures only to a database without any). */
    public boolean anyFile() {
        return dsl.fetchExists(UNIT_FILE);
    }

    /** The units on offer by campus and name, for the demo's pictures. */
    public List<UnitRef> unitsOnOffer() {
        return dsl.select(UNIT.ID, UNIT.NAME, CAMPUS.NAME).from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(UNIT.STATUS.ne("withdrawn")).orderBy(UNIT.CAMPUS_ID, UNIT.NAME, UNIT.ID)
                .fetch(r -> new UnitRef(r.value1(), r.value2(), r.value3()));
    }

    private static UnitFileRow row(Record r) {
        return new UnitFileRow(r.get(UNIT_FILE.ID), r.get(UNIT_FILE.UNIT_ID), r.get(UNIT_FILE.KIND), r.get(UNIT_FILE.POSITION),
                r.get(UNIT_FILE.MEDIA_TYPE), r.get(UNIT_FILE.FILE_NAME), r.get(UNIT_FILE.CAPTION), r.get(UNIT_FILE.BYTE_SIZE),
                r.get(UNIT_FILE.SHA256), r.get(UNIT_FILE.WIDTH), r.get(UNIT_FILE.HEIGHT), r.get(HAS_THUMBNAIL));
    }
}
