package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.account.Viewer;

/** Which regions a fund manager reads: those followed, and the COROP regions and provinces inside them. */
final class FollowedRegions {

    private FollowedRegions() {
    }

    /** Following a province or ROM area includes the COROP regions and provinces inside it. */
    static boolean follows(Viewer viewer, String code, @Nullable String provinceCode, @Nullable String romCode) {
        return viewer.followsRegion(code)
                || provinceCode != null && viewer.followsRegion(provinceCode)
                || romCode != null && viewer.followsRegion(romCode);
    }
}
