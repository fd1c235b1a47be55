package nl.labspace.photo;

import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.db.photo.NewUnitFile;
import nl.labspace.db.photo.StoredBytes;
import nl.labspace.db.photo.UnitFileQueries;
import nl.labspace.db.photo.UnitFileRow;
import nl.labspace.web.BadInput;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;
import nl.labspace.web.TextRules;

/**
 * A unit's photos and floor plans. Its campus's managers (and admins) add, caption, reorder and delete them; anyone
 * who may see the unit sees its files (a withdrawn unit's only its managers), and any other answers as if the unit
 * did not exist. Every upload is checked whole before anything is written (UploadChecks).
 */
@Singleton
public class UnitFileService {

    static final int MAX_FILES = 20;
    static final int MAX_CAPTION = 200;

    private final UnitQueries units;
    private final UnitFileQueries files;

    UnitFileService(UnitQueries units, UnitFileQueries files) {
        this.units = units;
        this.files = files;
    }

    /** The files of a unit the viewer (null: anonymous) may see. */
    @Transactional(readOnly = true)
    public List<UnitFileRow> list(@Nullable Viewer viewer, UUID unitId) {
        visibleUnit(viewer, unitId);
        return files.ofUnit(unitId);
    }

    /** The bytes of a file or its thumbnail, with whether the public may cache them (the unit is on offer). */
    @Transactional(readOnly = true)
    Served bytes(@Nullable Viewer viewer, UUID unitId, UUID fileId, boolean thumbnail) {
        UnitRow unit = visibleUnit(viewer, unitId);
        StoredBytes bytes = files.bytes(unitId, fileId, thumbnail).orElseThrow(() -> noFile(fileId, thumbnail));
        return new Served(bytes, !UnitStatus.WITHDRAWN.is(unit.status()));
    }

    /** What a file answer sends; publicCache false when only the unit's managers may see it. */
    record Served(StoredBytes bytes, boolean publicCache) {
    }

    @Transactional
    public UnitFileRow upload(Viewer viewer, UUID unitId, Upload upload) {
        managedUnit(viewer, unitId);
        FileKind kind = kind(upload.kind());
        String caption = caption(upload.caption());
        NewUnitFile checked = UploadChecks.check(unitId, kind, UploadChecks.fileName(upload.fileName()), caption,
                upload.size(), upload.bytes());
        int count = files.lockAndCount(unitId);
        if (count >= MAX_FILES) {
            throw new FileRefused(UploadChecks.FIELD, checked.fileName(), FileRefusal.TOO_MANY, count + 1, MAX_FILES);
        }
        return files.find(unitId, files.insert(checked)).orElseThrow();
    }

    @Transactional
    public void delete(Viewer viewer, UUID unitId, UUID fileId) {
        managedUnit(viewer, unitId);
        files.lockAndCount(unitId);
        if (!files.delete(unitId, fileId)) {
            throw noFile(fileId, false);
        }
    }

    /** Sets a file's caption and moves it to a position (1 = first); either may be left out. */
    @Transactional
    public UnitFileRow edit(Viewer viewer, UUID unitId, UUID fileId, @Nullable String caption, @Nullable Integer position) {
        managedUnit(viewer, unitId);
        int count = files.lockAndCount(unitId);
        UnitFileRow file = files.find(unitId, fileId).orElseThrow(() -> noFile(fileId, false));
        if (position != null && (position < 1 || position > count)) {
            throw new BadInput("position", position, Reason.BETWEEN, 1, count);
        }
        if (caption != null) {
            files.caption(unitId, fileId, caption(caption));
        }
        if (position != null && position != file.position()) {
            files.move(unitId, fileId, file.position(), position);
        }
        return files.find(unitId, fileId).orElseThrow();
    }

    private UnitRow visibleUnit(@Nullable Viewer viewer, UUID unitId) {
        return units.find(unitId)
                .filter(u -> !UnitStatus.WITHDRAWN.is(u.status()) || viewer != null && viewer.managesCampus(u.campusId()))
                .orElseThrow(() -> noUnit(unitId));
    }

    /** A unit of a campus the viewer manages, withdrawn or not; any other answers as if it did not exist. */
    @Transactional(readOnly = true)
    public UnitRow managedUnit(Viewer viewer, UUID unitId) {
        return units.find(unitId).filter(u -> viewer.managesCampus(u.campusId())).orElseThrow(() -> noUnit(unitId));
    }

    private static FileKind kind(@Nullable String code) {
        String given = code == null || code.isBlank() ? FileKind.PHOTO.code() : code.strip();
        return FileKind.of(given).orElseThrow(() -> new BadInput("kind", code, Reason.ONE_OF, FileKind.CODES));
    }

    private static String caption(@Nullable String text) {
        String caption = text == null ? "" : text.strip();
        var problem = TextRules.lineProblem(caption);
        if (problem != null) {
            throw new BadInput(List.of(problem.at("caption", caption)));
        }
        if (caption.length() > MAX_CAPTION) {
            throw new BadInput("caption", caption, Reason.MAX_CHARS, MAX_CAPTION);
        }
        return caption;
    }

    private static NotFound noUnit(UUID unitId) {
        return new NotFound("unit %s does not exist".formatted(unitId));
    }

    private static NotFound noFile(UUID fileId, boolean thumbnail) {
        return new NotFound((thumbnail ? "a thumbnail of file %s" : "file %s").formatted(fileId) + " does not exist");
    }
}
