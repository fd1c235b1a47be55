package nl.labspace.listing.csv;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** The RFC 9457 problem of a rejected import: web.Problem's shape, with a line and column on each invalid param. */
@Serdeable
record CsvProblem(String type, String title, int status, String detail, List<BadCell> invalidParams) {
}
