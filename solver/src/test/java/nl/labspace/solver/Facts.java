package nl.labspace.solver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.io.InstanceReader;

/** Named factories of valid solver facts; tests change only what matters to them. */
public final class Facts {

    public static final YearMonth JAN_2027 = YearMonth.of(2027, 1);
    public static final List<String> SAMPLES = List.of("sample-tiny", "sample-small", "sample-medium");

    private Facts() {
    }

    public static Campus leiden() {
        return new Campus("leiden", 52.1687, 4.4650, "PV28", List.of());
    }

    public static Campus groningen() {
        return new Campus("groningen", 53.2401, 6.5364, "PV20", List.of());
    }

    /** A plain ML-I unit without GMP, open-ended from January 2027, at 300 per m2 a year. */
    public static Unit aUnit(String id, String campus, int labM2, int officeM2) {
        return new Unit(id, campus, labM2, officeM2, Containment.ML_I, GmpGrade.NONE, Set.of("fume-hood"),
                JAN_2027, null, 300);
    }

    public static Unit withQuality(Unit u, Containment c, GmpGrade g, Set<String> features) {
        return new Unit(u.id(), u.campusId(), u.labM2(), u.officeM2(), c, g, features, u.availableFrom(),
                u.availableUntil(), u.rentPerM2Year());
    }

    public static Unit withAvailability(Unit u, YearMonth from, YearMonth until) {
        return new Unit(u.id(), u.campusId(), u.labM2(), u.officeM2(), u.containment(), u.gmp(), u.features(), from,
                until, u.rentPerM2Year());
    }

    public static Unit withRent(Unit u, double rent) {
        return new Unit(u.id(), u.campusId(), u.labM2(), u.officeM2(), u.containment(), u.gmp(), u.features(),
                u.availableFrom(), u.availableUntil(), rent);
    }

    /** An ML-I need for 12 months, moving in during the first quarter of 2027, anywhere, up to 3 units. */
    public static Need aNeed(String id, int labM2, int officeM2) {
        return new Need(id, "C-1", labM2, officeM2, Containment.ML_I, GmpGrade.NONE, Set.of(), JAN_2027,
                JAN_2027.plusMonths(2), 12, null, 3, null, Set.of(), null);
    }

    public static Need withMaxUnits(Need n, int maxUnits) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), n.maxRentPerM2Year(), maxUnits, n.near(),
                n.provinces(), n.sector(), n.maxM2());
    }

    public static Need withWindow(Need n, YearMonth earliest, YearMonth latest, int term) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                earliest, latest, term, n.maxRentPerM2Year(), n.maxUnits(), n.near(), n.provinces(), n.sector(),
                n.maxM2());
    }

    public static Need withMaxRent(Need n, Double rent) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), rent, n.maxUnits(), n.near(), n.provinces(),
                n.sector(), n.maxM2());
    }

    public static Need withProvinces(Need n, Set<String> provinces) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), n.maxRentPerM2Year(), n.maxUnits(), n.near(),
                provinces, n.sector(), n.maxM2());
    }

    /** The need with a bound on the total area of its units (rule 2b); null = none. */
    public static Need withMaxM2(Need n, Integer maxM2) {
        return n.withMaxM2(maxM2);
    }

    public static MatchingInstance instance(List<Campus> campuses, List<Unit> units, List<Need> needs) {
        return new MatchingInstance("test", campuses, units, needs, List.of(), List.of());
    }

    public static MatchingInstance instance(List<Campus> campuses, List<Unit> units, List<Need> needs,
                                            List<Lease> leases, List<Assignment> fixed) {
        return new MatchingInstance("test", campuses, units, needs, leases, fixed);
    }

    /** One of the shared sample instances from test resources. */
    public static MatchingInstance sample(String name) {
        try (InputStream in = Facts.class.getResourceAsStream("/instances/" + name + ".json")) {
            return InstanceReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The instance with the marketplace's default size bound on every need that has none (rule 2b), keeping fixed
     * matches valid: a fixed need's bound is raised to its accepted area, as an accepted match was signed for.
     */
    public static MatchingInstance bounded(MatchingInstance inst) {
        Map<String, Unit> units = inst.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<String, Integer> fixedArea = inst.fixed().stream().collect(Collectors.toMap(
                Assignment::needId, a -> a.unitIds().stream().mapToInt(id -> units.get(id).totalM2()).sum()));
        List<Need> needs = inst.needs().stream().map(n -> n.maxM2() != null ? n : n.withMaxM2(Math.max(
                Need.defaultMaxM2(n.totalM2()), fixedArea.getOrDefault(n.id(), 0)))).toList();
        return new MatchingInstance(inst.name(), inst.campuses(), inst.units(), needs, inst.leases(), inst.fixed());
    }

    public static String resourceText(String path) {
        try (InputStream in = Facts.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
