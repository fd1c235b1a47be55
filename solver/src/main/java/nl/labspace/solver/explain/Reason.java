package nl.labspace.solver.explain;

import java.time.YearMonth;
import java.util.List;

import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;

/**
 * Why a need is not served, or has no instant option: the rule that binds, with its numbers. When the need has
 * no valid option at all, rules 5, 3, 4, 2b, 6 and 1-2 are checked in that order against the whole market and the
 * first that leaves no candidate binds (NO_CAMPUS_IN_REACH to NOT_ENOUGH_AREA); the last two codes apply when valid
 * options exist but the need is left without one.
 */
public sealed interface Reason {

    enum Code {
        NO_CAMPUS_IN_REACH, NO_LAB_CLASS, MISSING_FEATURES, RENT_ABOVE_MAX, AREA_ABOVE_MAX, NO_TIMING, NOT_ENOUGH_AREA,
        ALL_OPTIONS_TAKEN, FREE_OPTION_UNUSED
    }

    Code code();

    /**
     * Rule 5: no campus within {@code maxKm} of the preferred place and in the listed provinces.
     *
     * @param maxKm           null when the need named provinces only
     * @param provinces       the need's provinces, empty for any
     * @param nearestCampusId the campus nearest the preferred place; null when the need named no place
     */
    record NoCampusInReach(Double maxKm, List<String> provinces, String nearestCampusId, Double nearestKm)
            implements Reason {

        public NoCampusInReach {
            provinces = List.copyOf(provinces);
        }

        @Override
        public Code code() {
            return Code.NO_CAMPUS_IN_REACH;
        }
    }

    /** Rule 3: no lab on the campuses in reach has this containment and GMP grade (NONE/NONE: no lab at all). */
    record NoLabClass(Containment containment, GmpGrade gmp, int campusesInReach) implements Reason {
        @Override
        public Code code() {
            return Code.NO_LAB_CLASS;
        }
    }

    /** Rule 3: labs of the class exist in reach, but none has all of these features. */
    record MissingFeatures(List<String> features, int campusesInReach) implements Reason {

        public MissingFeatures {
            features = List.copyOf(features);
        }

        @Override
        public Code code() {
            return Code.MISSING_FEATURES;
        }
    }

    /** Rule 4: the cheapest unit in reach that meets rule 3 costs more per m² a year than the need's maximum. */
    record RentAboveMax(double cheapestPerM2Year, double maxPerM2Year) implements Reason {
        @Override
        public Code code() {
            return Code.RENT_ABOVE_MAX;
        }
    }

    /**
     * Rule 2b: the smallest space in reach that meets rules 1-5 for the need (at most maxUnits units on one campus,
     * whole units, lab and office together) totals {@code smallestM2}, over the need's maximum. The lab class is the
     * need's, to name the space ("the smallest ML-II space").
     */
    record AreaAboveMax(int smallestM2, int maxM2, Containment containment, GmpGrade gmp) implements Reason {
        @Override
        public Code code() {
            return Code.AREA_ABOVE_MAX;
        }
    }

    /**
     * Rule 6 (with existing leases): no suitable unit is free for the term from a start in the move-in window; or,
     * when {@code together} is true, single units are, but no set large enough is free at the same time.
     */
    record NoTiming(YearMonth moveInEarliest, YearMonth moveInLatest, int termMonths, boolean together)
            implements Reason {
        @Override
        public Code code() {
            return Code.NO_TIMING;
        }
    }

    /** Rules 1-2: at most {@code maxUnits} suitable units on one campus give at most this much area. */
    record NotEnoughArea(int maxUnits, int mostLabM2, int mostOfficeM2) implements Reason {
        @Override
        public Code code() {
            return Code.NOT_ENOUGH_AREA;
        }
    }

    /** Rule 7: each of the valid options (distinct unit sets) is held by other needs or accepted matches then. */
    record AllOptionsTaken(int validOptions, int campuses) implements Reason {
        @Override
        public Code code() {
            return Code.ALL_OPTIONS_TAKEN;
        }
    }

    /** A valid option is free in the plan, yet the need is left out: the search did not get there in time. */
    record FreeOptionUnused(int validOptions, int campuses) implements Reason {
        @Override
        public Code code() {
            return Code.FREE_OPTION_UNUSED;
        }
    }
}
