package nl.labspace.db.market;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.Field;

/**
 * The one home of the region levels figures are kept at (the schema's region.kind): a campus lies in, and a need
 * is homed in, one region of each.
 */
public enum RegionKind {
    PROVINCE("province", CAMPUS.PROVINCE_CODE, NEED.HOME_PROVINCE_CODE),
    COROP("corop", CAMPUS.COROP_CODE, NEED.HOME_COROP_CODE),
    ROM("rom", CAMPUS.ROM_CODE, NEED.HOME_ROM_CODE);

    /** The words callers use, in the order pages offer them. */
    public static final List<String> CODES = Arrays.stream(values()).map(RegionKind::code).toList();

    private final String code;
    private final Field<String> campusRegion;
    private final Field<String> needHome;

    RegionKind(String code, Field<String> campusRegion, Field<String> needHome) {
        this.code = code;
        this.campusRegion = campusRegion;
        this.needHome = needHome;
    }

    public String code() {
        return code;
    }

    /** The campus column naming its region of this kind. */
    public Field<String> campusRegion() {
        return campusRegion;
    }

    /** The need column naming its home region of this kind. */
    public Field<String> needHome() {
        return needHome;
    }

    public static Optional<RegionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
