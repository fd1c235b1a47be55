package nl.labspace.listing.csv;

import java.util.Comparator;
import java.util.List;

/** An import with at least one bad line: nothing is written, and every problem found is reported. */
class CsvRejected extends RuntimeException {

    private final transient List<BadCell> problems;

    CsvRejected(List<BadCell> problems) {
        super("units CSV rejected: %d %s".formatted(problems.size(), problems.size() == 1 ? "problem" : "problems"));
        this.problems = problems.stream().sorted(Comparator.comparingInt(BadCell::line)).toList();
    }

    CsvRejected(BadCell problem) {
        this(List.of(problem));
    }

    List<BadCell> problems() {
        return problems;
    }
}
