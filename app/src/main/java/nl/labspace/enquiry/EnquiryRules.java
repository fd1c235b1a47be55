package nl.labspace.enquiry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.enquiry.EnquiryCommands;
import nl.labspace.db.enquiry.EnquirySide;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.web.BadInput;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The rules of an enquiry, for the API and the pages alike: what a message and a viewing date may be, which need may
 * ask anonymously, which unit may be asked about, and the limits per company and per thread. Every broken rule of a
 * form is named at once, before anything is written.
 */
@Singleton
class EnquiryRules {

    static final Duration DAY = Duration.ofHours(24);
    private static final ZoneId MARKET_ZONE = ZoneId.of(MarketDay.ZONE);

    private final EnquiryConfiguration config;
    private final UnitQueries units;
    private final NeedQueries needs;
    private final EnquiryCommands commands;

    EnquiryRules(EnquiryConfiguration config, UnitQueries units, NeedQueries needs, EnquiryCommands commands) {
        this.config = config;
        this.units = units;
        this.needs = needs;
        this.commands = commands;
    }

    /** The enquiry's values, or BadInput naming every field that breaks a rule. */
    EnquiryValues values(Viewer viewer, EnquiryRequest request) {
        List<Violation> wrong = new ArrayList<>();
        String message = message(request.message(), wrong);
        LocalDate viewing = viewingDate(request.viewingDate(), wrong);
        boolean anonymous = Boolean.TRUE.equals(request.anonymous());
        UUID needId = request.needId();
        if (anonymous && needId == null) {
            wrong.add(Violation.of("needId", null, Reason.REQUIRED));
        } else if (!anonymous && needId != null) {
            wrong.add(Violation.of("needId", needId, Reason.ONLY_ANONYMOUS));
        } else if (anonymous && !confidentialNeedOf(viewer, needId)) {
            wrong.add(Violation.of("needId", needId, Reason.CONFIDENTIAL_NEED));
        }
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        return new EnquiryValues(message, viewing, anonymous, needId);
    }

    /** A reply's text, or BadInput naming the field "message". */
    String reply(@Nullable String message) {
        List<Violation> wrong = new ArrayList<>();
        String text = message(message, wrong);
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        return text;
    }

    /** A unit on offer (not withdrawn): what a company may ask about. */
    UnitRow askable(UUID unitId) {
        return units.find(unitId).filter(u -> !UnitStatus.WITHDRAWN.is(u.status()))
                .orElseThrow(() -> new NotFound("unit %s does not exist".formatted(unitId)));
    }

    /** Call in the writing transaction: it locks the company until the enquiry is written. */
    void checkEnquiryLimit(Viewer viewer) {
        if (commands.enquiriesWithin(viewer.companyId(), DAY) >= config.enquiriesPerDay()) {
            throw new EnquiryLimitReached("your company", Reason.ENQUIRY_LIMIT, config.enquiriesPerDay());
        }
    }

    /** Call in the writing transaction: it locks the thread until the message is written. */
    void checkMessageLimit(UUID enquiryId, EnquirySide side) {
        if (commands.messagesWithin(enquiryId, side, DAY) >= config.messagesPerDay()) {
            throw new EnquiryLimitReached("enquiry " + enquiryId, Reason.MESSAGE_LIMIT, config.messagesPerDay());
        }
    }

    /** The first and the last day a viewing may be asked for, counted from today in the Netherlands. */
    LocalDate firstViewingDay() {
        return today().plusDays(1);
    }

    LocalDate lastViewingDay() {
        return today().plusMonths(config.viewingMonthsAhead());
    }

    int messageChars() {
        return config.messageChars();
    }

    private String message(@Nullable String message, List<Violation> wrong) {
        if (message == null || message.isBlank()) {
            wrong.add(Violation.of("message", message, Reason.REQUIRED));
            return null;
        }
        String text = message.strip();
        if (text.length() > config.messageChars()) {
            wrong.add(Violation.of("message", message, Reason.MAX_CHARS, config.messageChars()));
        }
        return text;
    }

    private @Nullable LocalDate viewingDate(@Nullable String value, List<Violation> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.isBefore(firstViewingDay()) || day.isAfter(lastViewingDay())) {
                wrong.add(Violation.of("viewingDate", value, Reason.BETWEEN, firstViewingDay(), lastViewingDay()));
            }
            return day;
        } catch (DateTimeParseException e) {
            wrong.add(Violation.of("viewingDate", value, Reason.DATE));
            return null;
        }
    }

    private boolean confidentialNeedOf(Viewer viewer, UUID needId) {
        return needs.find(needId).filter(n -> viewer.actsForCompany(n.companyId()) && n.confidential()
                && NeedStatus.OPEN.is(n.status())).isPresent();
    }

    private static LocalDate today() {
        return LocalDate.now(MARKET_ZONE);
    }
}
