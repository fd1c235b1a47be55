package nl.labspace.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketFacts.NeedFact;
import nl.labspace.db.matching.NewProposal;
import nl.labspace.db.matching.RunStore;
import nl.labspace.matching.ProblemAssembler.Assembled;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.PlanExplanation;
import nl.labspace.solver.io.SolutionJson;

/**
 * Turns a run's solution and its explanation into proposal rows (one per need: matched or not) and into the
 * figures a public allocation publishes: needs matched of total and m² served of asked, per home province.
 */
@Singleton
class ProposalWriter {

    private final JsonMapper json;

    ProposalWriter(JsonMapper json) {
        this.json = json;
    }

    record Written(List<NewProposal> proposals, RunStore.Outcome outcome) {
    }

    Written write(Assembled problem, MatchingSolution solution, PlanExplanation explanation, String status) {
        Map<String, NeedExplanation> why = new TreeMap<>();
        explanation.needs().forEach(n -> why.put(n.needId(), n));
        Map<String, Assignment> assigned = new TreeMap<>();
        solution.assignments().forEach(a -> assigned.put(a.needId(), a));
        // Keyed by home province; needs without one under null, listed last (RunFigures.withoutProvince).
        Map<String, RunFigures.Tally> perProvince = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        Map<String, Set<UUID>> companies = new HashMap<>();
        List<NewProposal> proposals = new ArrayList<>();
        long served = 0;
        Set<String> pinned = problem.pinnedNeeds();
        for (NeedFact need : problem.needs().values()) {
            String id = need.id().toString();
            Assignment a = assigned.get(id);
            long m2 = need.labM2() + need.officeM2();
            perProvince.merge(need.homeProvince(), RunFigures.Tally.of(need.homeProvince(), a != null, m2), RunFigures.Tally::plus);
            companies.computeIfAbsent(need.homeProvince(), p -> new HashSet<>()).add(need.companyId());
            if (a != null) {
                served += m2;
            }
            if (!pinned.contains(id)) {
                proposals.add(proposal(problem, need, a, why.get(id)));
            }
        }
        // the disclosure rule counts distinct companies, which adding tallies cannot: counted here, once
        perProvince.replaceAll((p, t) -> t.withCompanies(companies.get(p).size()));
        String perProvinceJson = text(List.copyOf(perProvince.values()));
        RunStore.Outcome outcome = new RunStore.Outcome(status, SolutionJson.toJson(solution), assigned.size(), served,
                solution.unservedM2(), proposals.size(), perProvinceJson);
        return new Written(proposals, outcome);
    }

    private NewProposal proposal(Assembled problem, NeedFact need, Assignment a, NeedExplanation why) {
        String explanation = text(why == null ? Map.of() : ExplanationJson.of(why));
        if (a == null) {
            return new NewProposal(need.id(), need.version(), null, null, null, List.of(), explanation);
        }
        List<NewProposal.UnitVersion> units = a.unitIds().stream()
                .map(u -> new NewProposal.UnitVersion(UUID.fromString(u), problem.units().get(u).version())).toList();
        String campus = problem.units().get(a.unitIds().get(0)).campusId();
        return new NewProposal(need.id(), need.version(), campus, a.start().atDay(1), need.termMonths(), units, explanation);
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("explanation could not be written as JSON", e);
        }
    }
}
