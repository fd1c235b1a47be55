package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.matching.MarketFacts.Market;
import nl.labspace.db.matching.MarketFacts.NeedFact;
import nl.labspace.db.matching.MarketFactsQuery;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.search.FreshListings;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * A company's options for one need right away, against the market as it stands: leases and accepted proposals
 * occupy their units, other needs' open proposals are not disturbed (nothing is written), and when there is no
 * option the binding reason says why. What a founder sees first, without waiting for the nightly run.
 */
@Singleton
class InstantOptionsService {

    private final MatchingEngine engine = new MatchingEngine();
    private final MarketFactsQuery market;
    private final NeedQueries needs;
    private final FreshListings freshness;
    private final MatchingConfiguration config;

    InstantOptionsService(MarketFactsQuery market, NeedQueries needs, FreshListings freshness, MatchingConfiguration config) {
        this.market = market;
        this.needs = needs;
        this.freshness = freshness;
        this.config = config;
    }

    @Transactional(readOnly = true)
    NeedOptionsView optionsFor(Viewer viewer, UUID needId) {
        var need = needs.find(needId).filter(n -> viewer.actsForCompany(n.companyId()))
                .orElseThrow(() -> new NotFound("need %s does not exist".formatted(needId)));
        if (!NeedStatus.OPEN.is(need.status())) {
            throw new Conflict("need " + needId, Reason.NEED_NOT_OPEN, need.status());
        }
        Market now = market.read(new MarketScope(null), freshness.confirmedSince());
        ProblemAssembler.Assembled problem = ProblemAssembler.assemble("options-" + needId, now);
        NeedFact fact = problem.needs().get(needId.toString());
        if (fact == null) {
            throw new Conflict("need " + needId, Reason.NEED_NOT_MATCHABLE);
        }
        return ExplanationProjection.options(engine.optionsFor(problem.instance(), needId.toString(),
                config.instantOptionsLimit()));
    }

}
