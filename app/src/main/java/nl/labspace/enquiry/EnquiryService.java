package nl.labspace.enquiry;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.db.enquiry.EnquiryCommands;
import nl.labspace.db.enquiry.EnquiryQueries;
import nl.labspace.db.enquiry.EnquiryRow;
import nl.labspace.db.enquiry.EnquirySide;
import nl.labspace.db.enquiry.NewEnquiry;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.listing.stats.ListingEventKind;
import nl.labspace.listing.stats.ListingEvents;
import nl.labspace.web.Conflict;
import nl.labspace.web.Forbidden;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * Enquiry threads, one rule for the API and the pages: a company reads and writes only its own threads, a campus
 * manager only the threads about its campuses' units, an admin reads all and writes none. A thread another may not
 * see answers as if it did not exist. Each message and its mails are written in one transaction (EnquiryNotices).
 */
@Singleton
public class EnquiryService {

    private final EnquiryQueries queries;
    private final EnquiryCommands commands;
    private final EnquiryRules rules;
    private final EnquiryNotices notices;
    private final AuditLog audit;
    private final ListingEvents listingEvents;

    EnquiryService(EnquiryQueries queries, EnquiryCommands commands, EnquiryRules rules, EnquiryNotices notices, AuditLog audit,
                   ListingEvents listingEvents) {
        this.listingEvents = listingEvents;
        this.queries = queries;
        this.commands = commands;
        this.rules = rules;
        this.notices = notices;
        this.audit = audit;
    }

    /** A company asks about a unit on offer; its campus's managers are told. */
    @Transactional
    public EnquiryResponse ask(Viewer viewer, UUID unitId, EnquiryRequest request) {
        return ask(viewer, unitId, request, () -> true).orElseThrow();
    }

    /**
     * The same, from a form that acts once: firstTime is asked inside the transaction once the enquiry is valid, and
     * when the form was sent before nothing is written (empty).
     */
    @Transactional
    public Optional<EnquiryResponse> ask(Viewer viewer, UUID unitId, EnquiryRequest request, BooleanSupplier firstTime) {
        requireRole(viewer, Roles.COMPANY);
        UnitRow unit = rules.askable(unitId);
        EnquiryValues v = rules.values(viewer, request);
        if (!firstTime.getAsBoolean()) {
            return Optional.empty();
        }
        rules.checkEnquiryLimit(viewer);
        UUID id = commands.insert(new NewEnquiry(unit.id(), viewer.companyId(), viewer.accountId(), v.needId(),
                v.anonymous(), v.viewingDate(), v.message()));
        listingEvents.record(unit.id(), ListingEventKind.ENQUIRY);
        EnquiryRow row = queries.find(id).orElseThrow();
        notices.asked(row, v.message(), queries.managersOf(row.campusId()));
        return Optional.of(view(row, Reader.COMPANY));
    }

    /** The name of a unit on offer (the form that asks about it). */
    @Transactional(readOnly = true)
    public String unitName(UUID unitId) {
        return rules.askable(unitId).name();
    }

    /** A message from the viewer's side; the other side is told. */
    @Transactional
    public EnquiryResponse reply(Viewer viewer, UUID id, String message) {
        EnquiryRow row = visible(viewer, id);
        Reader reader = Reader.of(viewer);
        if (reader == Reader.ADMIN) {
            throw new Forbidden("admins read enquiries but do not write in them");
        }
        String text = rules.reply(message);
        rules.checkMessageLimit(id, reader.side());
        commands.addMessage(id, reader.side(), viewer.accountId(), text);
        // writing answers what the other side wrote: it is read
        commands.markRead(id, reader.side());
        EnquiryRow now = queries.find(id).orElseThrow();
        notices.replied(now, reader.side(), text, reader == Reader.COMPANY ? queries.managersOf(now.campusId())
                : queries.asker(now.askedBy()).map(List::of).orElse(List.of()));
        return view(now, reader);
    }

    /** An anonymous company names itself to the campus from now on (audited). */
    @Transactional
    public EnquiryResponse reveal(Viewer viewer, UUID id) {
        requireRole(viewer, Roles.COMPANY);
        EnquiryRow row = visible(viewer, id);
        if (!commands.reveal(id)) {
            throw new Conflict("enquiry " + id, Reason.NOT_ANONYMOUS);
        }
        audit.record(viewer.email(), "enquiry.revealed", id.toString(),
                "company %s to campus %s (unit %s)".formatted(row.companyId(), row.campusId(), row.unitId()), null);
        return view(queries.find(id).orElseThrow(), Reader.COMPANY);
    }

    /** The threads the viewer may read, newest activity first (no messages). */
    @Transactional(readOnly = true)
    public List<EnquiryResponse> threads(Viewer viewer) {
        Reader reader = Reader.of(viewer);
        List<EnquiryRow> rows = switch (reader) {
            case ADMIN -> queries.all();
            case COMPANY -> queries.ofCompany(viewer.companyId());
            case CAMPUS -> queries.ofCampuses(viewer.campusIds());
        };
        return rows.stream().map(r -> EnquiryResponse.of(r, reader, null, null)).toList();
    }

    /** One thread with its messages; opening it marks the other side's messages read (not for admins). */
    @Transactional
    public EnquiryResponse open(Viewer viewer, UUID id) {
        visible(viewer, id);
        Reader reader = Reader.of(viewer);
        if (reader != Reader.ADMIN) {
            commands.markRead(id, reader.side());
        }
        return view(queries.find(id).orElseThrow(), reader);
    }

    /**
     * The viewer's threads that a proposal ties to, each with that proposal's id: a company's own, a campus's named
     * ones (an anonymous thread stays apart from the proposal that would name its company).
     */
    @Transactional(readOnly = true)
    public List<EnquiryResponse> linkedThreads(Viewer viewer) {
        Reader reader = Reader.of(viewer);
        List<EnquiryRow> rows = switch (reader) {
            case ADMIN -> List.of();
            case COMPANY -> queries.ofCompany(viewer.companyId());
            case CAMPUS -> queries.ofCampuses(viewer.campusIds());
        };
        return rows.stream().map(r -> EnquiryResponse.of(r, reader, queries.proposalFor(r.companyId(), r.unitId()).orElse(null), null))
                .filter(t -> t.proposalId() != null).toList();
    }

    /** Messages from the other side the viewer has not opened, over all its threads (the console's count). */
    @Transactional(readOnly = true)
    public int unread(Viewer viewer) {
        return switch (Reader.of(viewer)) {
            case COMPANY -> queries.unreadForCompany(viewer.companyId());
            case CAMPUS -> queries.unreadForCampuses(viewer.campusIds());
            case ADMIN -> 0;
        };
    }

    private EnquiryResponse view(EnquiryRow row, Reader reader) {
        UUID proposal = queries.proposalFor(row.companyId(), row.unitId()).orElse(null);
        List<MessageResponse> messages = queries.messages(row.id()).stream().map(MessageResponse::of).toList();
        return EnquiryResponse.of(row, reader, proposal, messages);
    }

    private EnquiryRow visible(Viewer viewer, UUID id) {
        return queries.find(id).filter(e -> mayRead(viewer, e))
                .orElseThrow(() -> new NotFound("enquiry %s does not exist".formatted(id)));
    }

    private static boolean mayRead(Viewer viewer, EnquiryRow e) {
        return viewer.isAdmin()
                || Roles.COMPANY.equals(viewer.role()) && e.companyId().equals(viewer.companyId())
                || Roles.CAMPUS_MANAGER.equals(viewer.role()) && viewer.campusIds().contains(e.campusId());
    }

    private static void requireRole(Viewer viewer, String role) {
        if (!role.equals(viewer.role())) {
            throw new Forbidden("only a %s account may do this".formatted(role));
        }
    }
}
