package nl.labspace.listing.csv;

import java.util.List;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.labspace.web.Problem;

@Singleton
@Produces("application/problem+json")
class CsvRejectedHandler implements ExceptionHandler<CsvRejected, HttpResponse<CsvProblem>> {

    /** A 2 MB file of garbage could yield a six-figure list; the first ones are enough to fix the file. */
    static final int MAX_LISTED = 1000;

    @Override
    public HttpResponse<CsvProblem> handle(HttpRequest request, CsvRejected e) {
        List<BadCell> all = e.problems();
        List<BadCell> listed = all.stream().limit(MAX_LISTED).toList();
        String lines = all.stream().map(BadCell::line).distinct().map(String::valueOf).collect(Collectors.joining(", "));
        long lineCount = all.stream().map(BadCell::line).distinct().count();
        String detail = "nothing was imported: %d %s on %s %s%s".formatted(all.size(), all.size() == 1 ? "problem" : "problems",
                lineCount == 1 ? "line" : "lines",
                all.size() > MAX_LISTED ? lines.substring(0, Math.min(lines.length(), 200)) + "..." : lines,
                all.size() > MAX_LISTED ? "; the first %d are listed".formatted(MAX_LISTED) : "");
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return HttpResponse.<CsvProblem>status(status).contentType(Problem.PROBLEM_JSON)
                .body(new CsvProblem("about:blank", status.getReason(), status.getCode(), detail, listed));
    }
}
