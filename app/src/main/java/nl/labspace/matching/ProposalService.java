package nl.labspace.matching;

import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.matching.ProposalRow;
import nl.labspace.db.matching.ProposalStore;
import nl.labspace.web.Conflict;
import nl.labspace.web.Forbidden;
import nl.labspace.web.Months;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * The proposal workflow: the company accepts or declines, then the campus confirms (leases) or declines. Each step
 * is a guarded status change, so two answers at once cannot both win, and each lands in the audit log.
 */
@Singleton
class ProposalService {

    private final ProposalStore proposals;
    private final AuditLog audit;
    private final StoredExplanation stored;

    ProposalService(ProposalStore proposals, AuditLog audit, StoredExplanation stored) {
        this.proposals = proposals;
        this.audit = audit;
        this.stored = stored;
    }

    @Transactional(readOnly = true)
    List<ProposalResponse> visibleTo(Viewer viewer) {
        List<ProposalRow> rows = switch (viewer.role()) {
            case Roles.COMPANY -> proposals.ofCompany(viewer.companyId());
            case Roles.CAMPUS_MANAGER -> viewer.campusIds().isEmpty() ? List.of() : proposals.onCampuses(List.copyOf(viewer.campusIds()));
            case Roles.ADMIN -> proposals.onCampusesOrAll();
            default -> throw new Forbidden("fund managers see aggregates of runs, not proposals");
        };
        return rows.stream().map(r -> view(viewer, r)).toList();
    }

    @Transactional(readOnly = true)
    ProposalResponse one(Viewer viewer, UUID id) {
        return view(viewer, readable(viewer, id));
    }

    @Transactional
    ProposalResponse accept(Viewer viewer, UUID id) {
        ProposalRow p = ownNeedsProposal(viewer, id);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.ACCEPTED);
        proposals.changedSinceRun(id).ifPresent(change -> {
            throw changed("proposal %s cannot be accepted:".formatted(id), change);
        });
        // Accepting holds the units for the proposal's months; the database refuses months held already.
        try {
            move(p, ProposalStatus.OPEN, ProposalStatus.ACCEPTED, viewer, "proposal.accepted");
        } catch (ProposalStore.UnitHeld e) {
            throw new HeldElsewhere(id, e.unitAmong(p.unitIds()), p.startMonth(),
                    p.startMonth().plusMonths(p.termMonths() - 1L));
        }
        return one(viewer, id);
    }

    @Transactional
    ProposalResponse decline(Viewer viewer, UUID id) {
        ProposalRow p = ownNeedsProposal(viewer, id);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.DECLINED);
        move(p, ProposalStatus.OPEN, ProposalStatus.DECLINED, viewer, "proposal.declined");
        return one(viewer, id);
    }

    @Transactional
    ProposalResponse confirm(Viewer viewer, UUID id) {
        ProposalRow p = onOwnCampus(viewer, id);
        requireStatus(p, ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED);
        // What held when the company accepted must still hold: a need withdrawn or edited since, or a unit withdrawn
        // or edited since, is no longer what the two sides agreed on.
        proposals.changedSinceRun(id).ifPresent(change -> {
            throw changed("proposal %s cannot be confirmed:".formatted(id), change);
        });
        // Leases first: a competing confirmation then waits on lease_no_overlap alone and fails cleanly, instead of
        // both holding proposal rows the other wants (a deadlock).
        try {
            proposals.confirm(p);
        } catch (ProposalStore.UnitTaken e) {
            throw new Conflict("proposal %s cannot be confirmed:".formatted(id), Reason.UNIT_LEASED, e.unitId(),
                    Months.format(p.startMonth()), Months.format(p.startMonth().plusMonths(p.termMonths() - 1L)));
        }
        move(p, ProposalStatus.ACCEPTED, ProposalStatus.CONFIRMED, viewer, "proposal.confirmed");
        return one(viewer, id);
    }

    @Transactional
    ProposalResponse campusDecline(Viewer viewer, UUID id) {
        ProposalRow p = onOwnCampus(viewer, id);
        requireStatus(p, ProposalStatus.ACCEPTED, ProposalStatus.CAMPUS_DECLINED);
        move(p, ProposalStatus.ACCEPTED, ProposalStatus.CAMPUS_DECLINED, viewer, "proposal.campus-declined");
        return one(viewer, id);
    }

    private void move(ProposalRow p, ProposalStatus from, ProposalStatus to, Viewer viewer, String action) {
        if (!proposals.transition(p.id(), from.code(), to.code(), viewer.email())) {
            throw new Conflict("proposal " + p.id(), Reason.PROPOSAL_ANSWERED, from.code());
        }
        audit.record(viewer.email(), action, p.id().toString(), "need %s, units %s from %s".formatted(p.needId(),
                p.unitIds(), Months.format(p.startMonth())), null);
    }

    private static Conflict changed(String subject, ProposalStore.Change change) {
        Reason code = switch (change.kind()) {
            case NEED_CLOSED -> Reason.NEED_CLOSED;
            case NEED_EDITED -> Reason.NEED_EDITED;
            case UNIT_WITHDRAWN -> Reason.UNIT_WITHDRAWN;
            case UNIT_EDITED -> Reason.UNIT_EDITED;
            case UNIT_LEASED -> Reason.UNIT_LEASED;
        };
        return new Conflict(subject, code, change.values().toArray());
    }

    private static void requireStatus(ProposalRow p, ProposalStatus needed, ProposalStatus wanted) {
        if (!needed.is(p.status())) {
            // the status reason (why a proposal was voided) is stored in English: the API's detail carries it
            throw new Conflict("proposal " + p.id(), Reason.PROPOSAL_STATUS, p.status(), wanted.code()).because(p.statusReason());
        }
    }

    private ProposalRow readable(Viewer viewer, UUID id) {
        ProposalRow p = find(id);
        boolean mayRead = viewer.actsForCompany(p.companyId()) || p.campusId() != null && viewer.managesCampus(p.campusId())
                && !ProposalStatus.UNMATCHED.is(p.status());
        if (!mayRead) {
            throw new NotFound("proposal %s does not exist".formatted(id));
        }
        return p;
    }

    private ProposalRow ownNeedsProposal(Viewer viewer, UUID id) {
        ProposalRow p = find(id);
        if (!viewer.actsForCompany(p.companyId())) {
            throw new NotFound("proposal %s does not exist".formatted(id));
        }
        return p;
    }

    private ProposalRow onOwnCampus(Viewer viewer, UUID id) {
        ProposalRow p = find(id);
        if (p.campusId() == null || !viewer.managesCampus(p.campusId())) {
            throw new NotFound("proposal %s does not exist".formatted(id));
        }
        return p;
    }

    private ProposalRow find(UUID id) {
        return proposals.find(id).orElseThrow(() -> new NotFound("proposal %s does not exist".formatted(id)));
    }

    /**
     * The reader's view: the need is named to its company, admins, and a campus once it is open or confirmed; a
     * campus reads a confidential need's proposal as the anonymous projection (ExplanationProjection decides what).
     */
    private ProposalResponse view(Viewer viewer, ProposalRow p) {
        boolean named = viewer.actsForCompany(p.companyId()) || !p.confidential() || ProposalStatus.CONFIRMED.is(p.status());
        ExplanationView explanation = stored.read(p.explanation())
                .map(e -> named ? ExplanationProjection.named(e) : ExplanationProjection.anonymous(e)).orElse(null);
        ExplanationView.Where where = placement(explanation);
        return new ProposalResponse(p.id(), p.runId(), p.status(), p.statusReason(), named ? p.needId() : null,
                named ? p.needTitle() : null,
                new ProposalResponse.Requirement(p.labM2(), p.officeM2(), p.containment(), p.gmp(),
                        Months.format(p.moveInEarliest()), Months.format(p.moveInLatest()), p.homeProvince()),
                p.campusId(), p.campusName(), p.unitIds(), Months.format(p.startMonth()), p.termMonths(), explanation,
                p.createdAt(), p.decidedAt(), p.confirmedAt(), where == null ? null : where.rentPerM2Year(),
                where == null ? null : where.rentPerYear());
    }

    private static ExplanationView.Where placement(ExplanationView explanation) {
        if (explanation instanceof ExplanationView.Matched m) {
            return m.placement();
        }
        return explanation instanceof ExplanationView.AnonymousMatched a ? a.placement() : null;
    }
}
