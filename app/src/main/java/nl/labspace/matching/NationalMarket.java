package nl.labspace.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketFactsQuery;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.search.FreshListings;
import nl.labspace.solver.domain.MatchingInstance;

/**
 * The problem a national run would solve now (fresh units, open needs, leases, accepted proposals as fixed entries or
 * held months), built by the same ProblemAssembler: what-if scenarios solve it in a sandbox, never writing to the
 * market.
 */
@Singleton
public class NationalMarket {

    private final MarketFactsQuery market;
    private final FreshListings freshness;

    NationalMarket(MarketFactsQuery market, FreshListings freshness) {
        this.market = market;
        this.freshness = freshness;
    }

    /** Joins the caller's transaction, so other reads of the market in it see the same picture. */
    @Transactional(readOnly = true)
    public MatchingInstance now(String name) {
        return ProblemAssembler.assemble(name, market.read(new MarketScope(null), freshness.confirmedSince())).instance();
    }
}
