package nl.labspace.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One page of a search result and the number of matches over all pages (a lower bound when totalExact is false);
 * an empty page still lists its (no) items.
 */
@Serdeable
record SearchPage<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> items, int page, int size, int total, boolean totalExact) {
}
