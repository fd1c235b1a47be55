package nl.labspace.matching;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketFactsQuery;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.search.FreshListings;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.io.InstanceFormatException;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.InstanceWriter;
import nl.labspace.solver.io.SolutionJson;
import nl.labspace.web.BadInput;
import nl.labspace.web.StrictJson;

/**
 * The market as a labspace-matching/1 snapshot for offline analysis, and a sandbox that solves any snapshot in
 * memory: it reads nothing of the live market and writes nothing anywhere, so what-ifs never touch real proposals.
 */
@Singleton
class Sandbox {

    /** The top-level fields of labspace-matching/1; the API refuses any other, as it does in every body. */
    static final Set<String> FIELDS = Set.of("format", "name", "campuses", "units", "needs", "leases", "fixed");

    private final MatchingEngine engine = new MatchingEngine();
    private final MarketFactsQuery market;
    private final FreshListings freshness;
    private final JsonMapper json;

    Sandbox(MarketFactsQuery market, FreshListings freshness, JsonMapper json) {
        this.market = market;
        this.freshness = freshness;
        this.json = json;
    }

    @Transactional(readOnly = true)
    String snapshot(MarketScope scope) {
        String name = "market-" + LocalDate.now() + (scope.national() ? "" : "-" + scope.key());
        return InstanceWriter.toJson(ProblemAssembler.assemble(name, market.read(scope, freshness.confirmedSince())).instance());
    }

    /** The solution of a snapshot within the budget, and its headline figures. */
    Map<String, Object> solve(String body, int budgetSeconds, long seed) {
        MatchingInstance instance = read(body);
        MatchingSolution solution = engine.solve(instance, Duration.ofSeconds(budgetSeconds), seed);
        long asked = instance.needs().stream().mapToLong(n -> n.labM2() + n.officeM2()).sum();
        return Map.of("instance", instance.name(), "needs", instance.needs().size(),
                "matchedNeeds", solution.assignments().size(), "askedM2", asked, "unservedM2", solution.unservedM2(),
                "solution", parse(SolutionJson.toJson(solution)));
    }

    private MatchingInstance read(String body) {
        JsonNode root = parseTree(body);
        Set<String> unknown = new TreeSet<>();
        root.entries().forEach(e -> {
            if (!FIELDS.contains(e.getKey())) {
                unknown.add(e.getKey());
            }
        });
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new BadInput(first, null, "is not a field of labspace-matching/1 (fields: %s)".formatted(new TreeSet<>(FIELDS)));
        }
        try {
            return InstanceReader.readString(body);
        } catch (InstanceFormatException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String field = colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(0, colon) : "body";
            String reason = colon > 0 && !"body".equals(field) ? message.substring(colon + 2) : message;
            // the reader says "must be >= 0, was -5": the value goes where every answer puts it
            Matcher was = WAS.matcher(reason);
            throw was.matches() ? new BadInput(field, was.group(2), was.group(1)) : new BadInput(field, null, reason);
        }
    }

    private static final Pattern WAS = Pattern.compile("(.*?),? was '?(.*?)'?");

    private JsonNode parseTree(String body) {
        if (body != null) {
            StrictJson.check(body);
        }
        try {
            JsonNode root = body == null ? null : json.readValue(body, Argument.of(JsonNode.class));
            if (root == null || !root.isObject()) {
                throw new BadInput("body", body, "must be a labspace-matching/1 JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new BadInput("body", body, "is not valid JSON");
        }
    }

    private Object parse(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
