package nl.labspace.insight;

import java.util.List;

import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * Supply against demand per region, read from the insight cube (one source for every figure, suppressed as a
 * whole). Fund managers see the regions they follow and those inside; admins all; the national view is public.
 */
@Singleton
public class RegionInsightService {

    private final InsightCube cubes;

    RegionInsightService(InsightCube cubes) {
        this.cubes = cubes;
    }

    /** Every province, as the public reads them. */
    public List<RegionBalance> national() {
        Cube cube = cubes.now();
        return codesOf(cube, RegionKind.PROVINCE).stream().map(code -> RegionBalance.of(cube, code)).toList();
    }

    List<RegionBalance> followed(Viewer viewer, String kind) {
        Cube cube = cubes.now();
        RegionScope scope = new RegionScope(cube.regions());
        return codesOf(cube, kind(kind)).stream().filter(code -> scope.follows(viewer, code))
                .map(code -> RegionBalance.of(cube, code)).toList();
    }

    RegionBalance one(Viewer viewer, String code) {
        Cube cube = cubes.now();
        boolean region = cube.regions().kind(code).flatMap(RegionKind::of).isPresent();
        if (!region || !new RegionScope(cube.regions()).follows(viewer, code)) {
            throw new NotFound("region %s does not exist".formatted(code));
        }
        return RegionBalance.of(cube, code);
    }

    /** A region level as a caller names it; any other word is bad input. */
    static RegionKind kind(String kind) {
        return RegionKind.of(kind).orElseThrow(() -> new BadInput("kind", kind, Reason.ONE_OF, String.join(", ", RegionKind.CODES)));
    }

    static List<String> codesOf(Cube cube, RegionKind kind) {
        return cube.regions().kinds().entrySet().stream().filter(e -> kind.code().equals(e.getValue()))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }
}
