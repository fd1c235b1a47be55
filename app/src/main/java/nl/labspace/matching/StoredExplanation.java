package nl.labspace.matching;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.explain.Alternative;
import nl.labspace.solver.explain.Area;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.Holder;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.PlacementDetail;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.explain.UnmatchedNeed;
import nl.labspace.solver.explain.Violation;
import nl.labspace.solver.explain.WhyHere;

/**
 * A proposal's stored explanation (the JSON ExplanationJson wrote: each record's components by name, a sealed
 * type's variant in "kind", lab classes by their code, months "YYYY-MM") read back into the engine's records, so
 * that what the app shows of it is a typed projection (ExplanationProjection), never a walk over maps.
 */
@Singleton
class StoredExplanation {

    private final JsonMapper json;

    StoredExplanation(JsonMapper json) {
        this.json = json;
    }

    /** Empty for a proposal written without an explanation ("{}"). */
    Optional<NeedExplanation> read(String text) {
        JsonNode root = tree(text);
        String kind = str(root, "kind");
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case "MatchedNeed" -> new MatchedNeed(str(root, "needId"), placement(root.get("placement")),
                    list(root.get("violations"), StoredExplanation::violation), whyHere(root.get("whyHere")));
            case "UnmatchedNeed" -> new UnmatchedNeed(str(root, "needId"), area(root.get("asked")),
                    reason(root.get("reason")), list(root.get("alternatives"), StoredExplanation::alternative),
                    root.get("companyUnservedM2").getLongValue());
            default -> throw new IllegalStateException("stored explanation of unknown kind '%s'".formatted(kind));
        });
    }

    static PlacementDetail placement(JsonNode p) {
        return new PlacementDetail(str(p, "campusId"), strings(p.get("unitIds")), month(p, "start"), integer(p, "termMonths"),
                area(p.get("served")), area(p.get("asked")), list(p.get("terms"), StoredExplanation::term), whole(p, "points"));
    }

    private static CostTerm term(JsonNode t) {
        long points = whole(t, "points");
        return switch (str(t, "kind")) {
            case "Distance" -> new CostTerm.Distance(decimal(t, "km"), points);
            case "Rent" -> new CostTerm.Rent(decimal(t, "eurosPerYear"), points);
            case "WastedArea" -> new CostTerm.WastedArea(integer(t, "m2"), points);
            case "CampusFocus" -> new CostTerm.CampusFocus(str(t, "sector"), t.get("listed").getBooleanValue(), points);
            case "HomeRegion" -> new CostTerm.HomeRegion(str(t, "campusProvince"), strings(t.get("homeProvinces")),
                    t.get("outside").getBooleanValue(), points);
            default -> throw new IllegalStateException("stored cost term of unknown kind '%s'".formatted(str(t, "kind")));
        };
    }

    private static Violation violation(JsonNode v) {
        return new Violation(Violation.Code.valueOf(str(v, "code")), str(v, "unitId"), str(v, "otherNeedId"),
                integer(v, "months"));
    }

    private static WhyHere whyHere(JsonNode w) {
        JsonNode c = w.get("cheaper");
        WhyHere.Cheaper cheaper = absent(c) ? null : new WhyHere.Cheaper(str(c, "campusId"), strings(c.get("unitIds")),
                month(c, "start"), whole(c, "points"), list(c.get("heldBy"), StoredExplanation::holder));
        return new WhyHere(WhyHere.Code.valueOf(str(w, "code")), integer(w, "validOptions"), whole(w, "chosenPoints"), cheaper);
    }

    private static Alternative alternative(JsonNode a) {
        return new Alternative(str(a, "campusId"), strings(a.get("unitIds")), month(a, "start"),
                list(a.get("displaced"), StoredExplanation::holder), whole(a, "displacedM2"), whole(a, "netUnservedM2"),
                a.get("breaksAcceptedMatch").getBooleanValue(), whole(a, "points"));
    }

    private static Holder holder(JsonNode h) {
        return new Holder(str(h, "needId"), integer(h, "m2"), h.get("accepted").getBooleanValue());
    }

    /** One case per engine rule, by the variant's name as ExplanationJson wrote it. */
    static Reason reason(JsonNode r) {
        return switch (str(r, "kind")) {
            case "NoCampusInReach" -> new Reason.NoCampusInReach(optionalDecimal(r, "maxKm"), strings(r.get("provinces")),
                    str(r, "nearestCampusId"), optionalDecimal(r, "nearestKm"));
            case "NoLabClass" -> new Reason.NoLabClass(Containment.fromCode(str(r, "containment")),
                    GmpGrade.fromCode(str(r, "gmp")), integer(r, "campusesInReach"));
            case "MissingFeatures" -> new Reason.MissingFeatures(strings(r.get("features")), integer(r, "campusesInReach"));
            case "RentAboveMax" -> new Reason.RentAboveMax(decimal(r, "cheapestPerM2Year"), decimal(r, "maxPerM2Year"));
            case "AreaAboveMax" -> new Reason.AreaAboveMax(integer(r, "smallestM2"), integer(r, "maxM2"),
                    Containment.fromCode(str(r, "containment")), GmpGrade.fromCode(str(r, "gmp")));
            case "NoTiming" -> new Reason.NoTiming(month(r, "moveInEarliest"), month(r, "moveInLatest"),
                    integer(r, "termMonths"), r.get("together").getBooleanValue());
            case "NotEnoughArea" -> new Reason.NotEnoughArea(integer(r, "maxUnits"), integer(r, "mostLabM2"),
                    integer(r, "mostOfficeM2"));
            case "AllOptionsTaken" -> new Reason.AllOptionsTaken(integer(r, "validOptions"), integer(r, "campuses"));
            case "FreeOptionUnused" -> new Reason.FreeOptionUnused(integer(r, "validOptions"), integer(r, "campuses"));
            default -> throw new IllegalStateException("stored reason of unknown kind '%s'".formatted(str(r, "kind")));
        };
    }

    private static Area area(JsonNode a) {
        return new Area(integer(a, "labM2"), integer(a, "officeM2"));
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, Argument.of(JsonNode.class));
        } catch (IOException e) {
            throw new IllegalStateException("stored explanation is not JSON", e);
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (!absent(array)) {
            array.values().forEach(n -> out.add(item.apply(n)));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::getStringValue);
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.coerceStringValue();
    }

    private static int integer(JsonNode n, String field) {
        return n.get(field).getIntValue();
    }

    private static long whole(JsonNode n, String field) {
        return n.get(field).getLongValue();
    }

    private static double decimal(JsonNode n, String field) {
        return n.get(field).getDoubleValue();
    }

    private static Double optionalDecimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.getDoubleValue();
    }

    private static YearMonth month(JsonNode n, String field) {
        String v = str(n, field);
        return v == null ? null : YearMonth.parse(v);
    }
}
