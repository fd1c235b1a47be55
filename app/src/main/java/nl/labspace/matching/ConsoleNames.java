package nl.labspace.matching;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.MessageSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;

/** Campus and unit names for the consoles' sentences: public facts, looked up by the ids the engine speaks in. */
@Singleton
class ConsoleNames {

    private final CampusQueries campuses;
    private final UnitQueries units;
    private final MessageSource messages;

    ConsoleNames(CampusQueries campuses, UnitQueries units, MessageSource messages) {
        this.campuses = campuses;
        this.units = units;
        this.messages = messages;
    }

    /** A renderer for one page: names read once per page. */
    @Transactional(readOnly = true)
    ExplanationSentences sentences(Locale locale) {
        Map<String, String> campusNames = campuses.all().stream().collect(Collectors.toMap(CampusRow::id, CampusRow::name));
        // a page names the same few units again and again: each is read once per page
        Map<String, String> unitNames = new HashMap<>();
        Function<String, String> unitName = id -> unitNames.computeIfAbsent(id, key -> {
            try {
                return units.find(UUID.fromString(key)).map(UnitRow::name).orElse(key);
            } catch (IllegalArgumentException e) {
                return key;
            }
        });
        return new ExplanationSentences(messages, locale, id -> campusNames.getOrDefault(id, id), unitName);
    }
}
