package nl.labspace.search;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** One page of a search result and the number of matches over all pages. */
@Serdeable
record SearchPage<T>(List<T> items, int page, int size, int total) {
}
