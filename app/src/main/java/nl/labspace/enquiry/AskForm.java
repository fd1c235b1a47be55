package nl.labspace.enquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.page.FormValues;

/**
 * The "Ask the campus" form of a unit page: its limits (message length, the days a viewing may be asked for) and the
 * company's open confidential needs, the only ones it may ask anonymously for.
 */
@Singleton
class AskForm {

    /** A need the company may ask anonymously for. */
    public record Need(UUID id, String title) {
    }

    /** What the form shows besides the values: where it posts, the limits and the needs. */
    public record Ask(UUID unitId, List<Need> confidentialNeeds, LocalDate firstDay, LocalDate lastDay, int maxChars) {
    }

    private final NeedQueries needs;
    private final EnquiryRules rules;
    private final ThreadWords words;

    AskForm(NeedQueries needs, EnquiryRules rules, ThreadWords words) {
        this.needs = needs;
        this.rules = rules;
        this.words = words;
    }

    /** An empty form. */
    @Transactional(readOnly = true)
    public Map<String, Object> model(Viewer viewer, UUID unitId) {
        return model(viewer, unitId, FormValues.empty(), Map.of());
    }

    /** The form as sent, with its errors by field. */
    @Transactional(readOnly = true)
    public Map<String, Object> model(Viewer viewer, UUID unitId, FormValues values, Map<String, String> errors) {
        List<Need> confidential = needs.ofCompany(viewer.companyId()).stream()
                .filter(n -> n.confidential() && NeedStatus.OPEN.is(n.status())).map(n -> new Need(n.id(), n.title())).toList();
        Ask ask = new Ask(unitId, confidential, rules.firstViewingDay(), rules.lastViewingDay(), rules.messageChars());
        return Map.of("ask", ask, "askForm", values, "askErrors", errors);
    }

    ThreadWords words() {
        return words;
    }
}
