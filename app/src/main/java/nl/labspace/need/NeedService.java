package nl.labspace.need;

import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;
import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.need.NeedCommands;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.db.need.NeedRow;
import nl.labspace.db.need.NeedValues;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;
import io.micronaut.core.annotation.Nullable;
import nl.labspace.web.BadInput;

/** Needs: a company sees only its own; another company's need answers as if it did not exist. */
@Singleton
public class NeedService {

    private final NeedQueries needs;
    private final NeedCommands commands;

    NeedService(NeedQueries needs, NeedCommands commands) {
        this.needs = needs;
        this.commands = commands;
    }

    /** A company posts for itself; the company comes from the account, never from the body. */
    @Transactional
    public NeedRow post(Viewer viewer, NeedValues values) {
        return needs.find(commands.insert(viewer.companyId(), values)).orElseThrow();
    }

    @Transactional
    public NeedRow edit(Viewer viewer, UUID id, Integer version, NeedValues values) {
        NeedRow need = ownNeed(viewer, id);
        if (version == null) {
            throw new BadInput("version", null, Reason.VERSION_REQUIRED);
        }
        if (!NeedStatus.OPEN.is(need.status())) {
            throw new Conflict("need " + id, Reason.NOT_EDITABLE, need.status());
        }
        if (!commands.update(id, version, values)) {
            throw new Conflict("need " + id, Reason.CHANGED_MEANWHILE, need.version(), version);
        }
        return needs.find(id).orElseThrow();
    }

    /** Withdraws a need of the viewer's company; reason (optional) is checked before anything is written. */
    @Transactional
    public NeedRow withdraw(Viewer viewer, UUID id, @Nullable String reason) {
        WithdrawReason why = reason(reason);
        ownNeed(viewer, id);
        commands.withdraw(id, why);
        return needs.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<NeedRow> visibleTo(Viewer viewer) {
        return viewer.isAdmin() ? needs.all() : needs.ofCompany(viewer.companyId());
    }

    @Transactional(readOnly = true)
    public NeedRow ownNeed(Viewer viewer, UUID id) {
        return needs.find(id).filter(n -> viewer.actsForCompany(n.companyId())).orElseThrow(() -> notFound(id));
    }

    /** Campus managers and admins see open demand (anonymised by DemandView); closed needs are not demand. */
    @Transactional(readOnly = true)
    NeedRow openDemand(Viewer viewer, UUID id) {
        boolean allowed = viewer.isAdmin() || Roles.CAMPUS_MANAGER.equals(viewer.role());
        return needs.find(id).filter(n -> allowed && !NeedStatus.WITHDRAWN.is(n.status())).orElseThrow(() -> notFound(id));
    }

    /** Not answering (absent or empty) records UNKNOWN; any other word must be one a company may give. */
    static WithdrawReason reason(@Nullable String given) {
        if (given == null || given.isEmpty()) {
            return WithdrawReason.UNKNOWN;
        }
        return WithdrawReason.given(given).orElseThrow(
                () -> new BadInput("reason", given, Reason.ONE_OF, String.join(", ", WithdrawReason.GIVEN)));
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("need %s does not exist".formatted(id));
    }
}
