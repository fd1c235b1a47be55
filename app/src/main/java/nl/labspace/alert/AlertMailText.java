package nl.labspace.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import nl.labspace.db.alert.ChangeLog;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.UnitPart;
import nl.labspace.page.Formats;
import nl.labspace.search.DemandItem;
import org.unbescape.html.HtmlEscape;

/**
 * The words of an alert mail in the recipient's language: the first mail-list-limit units (or needs) each with
 * its link, then, when there are more, how many and a link to the page with all of them; a link to manage alerts
 * and the one-click unsubscribe link. A confidential need is described only as demand search shows it.
 */
@Singleton
class AlertMailText {

    /** One listed unit or need: its line of text and its link. */
    record Line(String text, String path) {
    }

    private final MessageSource messages;
    private final AlertSettings settings;

    AlertMailText(MessageSource messages, AlertSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    AlertMessage space(SavedSearchRow s, UUID alert, List<SpaceHitRow> units, Map<UUID, ChangeLog.Kind> kinds,
                       Locale locale, AlertLinks links) {
        Formats fmt = new Formats(locale);
        List<Line> lines = units.stream().limit(settings.mailListLimit())
                .map(u -> unitLine(u, kinds.get(u.unit().id()), fmt, locale)).toList();
        return message(s, alert, "space", units.size(), lines, locale, links);
    }

    AlertMessage demand(SavedSearchRow s, UUID alert, List<DemandItem> needs, Map<UUID, ChangeLog.Kind> kinds,
                        Locale locale, AlertLinks links) {
        Formats fmt = new Formats(locale);
        List<Line> lines = needs.stream().limit(settings.mailListLimit())
                .map(n -> needLine(n, kinds.get(n.id()), fmt, locale)).toList();
        return message(s, alert, "demand", needs.size(), lines, locale, links);
    }

    private Line unitLine(SpaceHitRow hit, ChangeLog.Kind kind, Formats fmt, Locale locale) {
        UnitPart u = hit.unit();
        String text = say("alerts.mail.unit", locale, change(kind, locale), u.name(), hit.campus().name(),
                hit.campus().city(), fmt.m2(u.labM2()), fmt.m2(u.officeM2()), fmt.euro(u.rentPerM2Year()),
                fmt.month(u.availableFrom()));
        return new Line(text, "/units/" + u.id());
    }

    private Line needLine(DemandItem n, ChangeLog.Kind kind, Formats fmt, Locale locale) {
        String title = n.anonymous() ? say("alerts.mail.confidential", locale) : n.title();
        String text = say("alerts.mail.need", locale, change(kind, locale), title, fmt.m2(n.labM2()), fmt.m2(n.officeM2()),
                n.containment(), fmt.month(month(n.moveInEarliest())), fmt.month(month(n.moveInLatest())));
        return new Line(text, "/api/demand/" + n.id());
    }

    private AlertMessage message(SavedSearchRow s, UUID alert, String kind, int total, List<Line> lines,
                                 Locale locale, AlertLinks links) {
        String count = total == 1 ? "one" : "many";
        // the subject is one line whatever the name holds
        String subject = say("alerts.mail.subject." + kind + "." + count, locale, s.name().replaceAll("\\s+", " "), total);
        String intro = say("alerts.mail.intro." + kind + "." + count, locale, s.name(), total);
        String fullList = links.absolute("/console/alerts/" + s.id() + "/alerts/" + alert);
        String more = total > lines.size() ? say("alerts.mail.more", locale, lines.size(), total) : null;
        String manage = links.absolute("/console/alerts");
        String unsubscribe = links.unsubscribe(s.id());
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(esc(intro)).append("</p>\n<ul>\n");
        for (Line line : lines) {
            String href = links.absolute(line.path());
            text.append("- ").append(line.text()).append("\n  ").append(href).append('\n');
            html.append("<li><a href=\"").append(esc(href)).append("\">").append(esc(line.text())).append("</a></li>\n");
        }
        html.append("</ul>\n");
        if (more != null) {
            text.append('\n').append(more).append('\n').append(fullList).append('\n');
            html.append("<p><a href=\"").append(esc(fullList)).append("\">").append(esc(more)).append("</a></p>\n");
        }
        List<String> footer = new ArrayList<>();
        footer.add(say("alerts.mail.manage", locale) + " " + manage);
        footer.add(say("alerts.mail.unsubscribe", locale) + " " + unsubscribe);
        text.append('\n').append(String.join("\n", footer)).append('\n');
        html.append("<p><a href=\"").append(esc(manage)).append("\">").append(esc(say("alerts.mail.manage", locale)))
                .append("</a><br>\n<a href=\"").append(esc(unsubscribe)).append("\">")
                .append(esc(say("alerts.mail.unsubscribe", locale))).append("</a></p>\n");
        return new AlertMessage(subject, text.toString(), html.toString(), unsubscribe);
    }

    private String change(ChangeLog.Kind kind, Locale locale) {
        return say("alerts.change." + AlertRun.word(kind), locale);
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }

    private static LocalDate month(String yearMonth) {
        return yearMonth == null ? null : YearMonth.parse(yearMonth).atDay(1);
    }

    private static String esc(String text) {
        return HtmlEscape.escapeHtml5(text);
    }
}
