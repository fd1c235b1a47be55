package nl.labspace.solver.explain;

import java.util.List;

/**
 * One soft term of a placement's cost, with the numbers behind it. Points are the engine's soft points
 * (MatchingWeights); a term that applies but costs nothing (a campus in the home region) has 0 points.
 */
public sealed interface CostTerm {

    enum Code { DISTANCE, RENT, WASTED_AREA, CAMPUS_FOCUS, HOME_REGION }

    Code code();

    long points();

    /** From the need's preferred place to the campus; only when the need named a place. */
    record Distance(double km, long points) implements CostTerm {
        @Override
        public Code code() {
            return Code.DISTANCE;
        }
    }

    /** Yearly rent of the chosen units, their whole area. */
    record Rent(double eurosPerYear, long points) implements CostTerm {
        @Override
        public Code code() {
            return Code.RENT;
        }
    }

    /** Area of the chosen units beyond what the need asked; only when there is some. */
    record WastedArea(int m2, long points) implements CostTerm {
        @Override
        public Code code() {
            return Code.WASTED_AREA;
        }
    }

    /** Whether the campus lists the need's sector as a focus; only when the need named a sector. */
    record CampusFocus(String sector, boolean listed, long points) implements CostTerm {
        @Override
        public Code code() {
            return Code.CAMPUS_FOCUS;
        }
    }

    /**
     * Whether the campus lies in the need's home region: its listed provinces, or else the province of its
     * preferred place (CBS codes). Only when the need gave either.
     */
    record HomeRegion(String campusProvince, List<String> homeProvinces, boolean outside, long points)
            implements CostTerm {

        public HomeRegion {
            homeProvinces = List.copyOf(homeProvinces);
        }

        @Override
        public Code code() {
            return Code.HOME_REGION;
        }
    }
}
