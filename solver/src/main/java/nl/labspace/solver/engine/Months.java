package nl.labspace.solver.engine;

import java.time.YearMonth;

/** Months as plain ints (year * 12 + month - 1) so that overlap joins compare ints, not objects. */
final class Months {

    private Months() {
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
