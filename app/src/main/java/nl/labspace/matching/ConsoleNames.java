package nl.labspace.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.MessageSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.ReferenceQueries;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.page.FormErrors;
import nl.labspace.web.Conflict;

/**
 * Campus and unit names for the consoles' sentences: public facts, looked up by the ids the engine speaks in; and a
 * refused answer's reason in the page's language.
 */
@Singleton
class ConsoleNames {

    private final CampusQueries campuses;
    private final UnitQueries units;
    private final MessageSource messages;
    private final ReferenceQueries references;
    private final FormErrors reasons;

    ConsoleNames(CampusQueries campuses, UnitQueries units, MessageSource messages, ReferenceQueries references,
                 FormErrors reasons) {
        this.campuses = campuses;
        this.units = units;
        this.messages = messages;
        this.references = references;
        this.reasons = reasons;
    }

    @Transactional(readOnly = true)
    String companyName(UUID companyId) {
        return references.companyName(companyId).orElse("");
    }

    /** The units' names, in the order given. */
    @Transactional(readOnly = true)
    String unitNames(List<UUID> ids) {
        return ids.stream().map(id -> units.find(id).map(UnitRow::name).orElse(id.toString())).collect(Collectors.joining(", "));
    }

    /** Why the market refused an answer (accept, decline, confirm...), as the page's language says it. */
    String refusal(Conflict refused, Locale locale) {
        return messages.getMessage("console.refused", locale, reasons.say(refused.code(), refused.values(), locale))
                .orElse(refused.getMessage());
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
