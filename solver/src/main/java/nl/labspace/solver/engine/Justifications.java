package nl.labspace.solver.engine;

import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * The reasons behind every score term, small enough for a campus manager to read, as SolutionManager.explain gives
 * them. MatchExplainer takes broken rules and company shortages from here; the cost terms it reports come from
 * CostTerms, with the same weights.
 */
public final class Justifications {

    private Justifications() {
    }

    /** Two matched needs hold the same unit in overlapping months. */
    public record DoubleBooking(String unitId, String needA, String needB, int months) implements ConstraintJustification {
    }

    /** A matched need holds a unit in months an existing lease already covers. */
    public record LeaseClash(String unitId, String needId, int months) implements ConstraintJustification {
    }

    /** A matched need holds units whose whole area exceeds its maximum (rule 2b). */
    public record OverMaxArea(String needId, List<String> unitIds, int totalM2, int maxM2)
            implements ConstraintJustification {
    }

    /** A need left without space. */
    public record Unserved(String needId, String companyId, int m2) implements ConstraintJustification {
    }

    public record Distance(String needId, String campusId, double km) implements ConstraintJustification {
    }

    public record Rent(String needId, List<String> unitIds, double eurosPerYear) implements ConstraintJustification {
    }

    public record WastedArea(String needId, List<String> unitIds, int m2) implements ConstraintJustification {
    }

    public record FocusMismatch(String needId, String campusId, String sector) implements ConstraintJustification {
    }

    public record OutsideHomeProvince(String needId, String campusId, String campusProvince, List<String> homeProvinces)
            implements ConstraintJustification {
    }

    /** A company's share of the unserved area, penalised more than linearly. */
    public record CompanyShortage(String companyId, long unservedM2) implements ConstraintJustification {
    }
}
