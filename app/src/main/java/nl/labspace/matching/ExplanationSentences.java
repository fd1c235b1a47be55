package nl.labspace.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micronaut.context.MessageSource;
import nl.labspace.page.Formats;

/**
 * The engine's explanation data (ExplanationJson: codes, numbers, ids) as short sentences in the reader's language:
 * campus and unit names instead of ids, numbers with their units. Words come from the message bundles
 * (explain.*); ids of other needs never appear, because the data no longer holds them.
 */
final class ExplanationSentences {

    private final MessageSource messages;
    private final Locale locale;
    private final Formats fmt;
    private final Function<String, String> campusName;
    private final Function<String, String> unitName;
    /** Whose words: "" speaks to the company ("your preferred place"), ".campus" about it to a campus. */
    private final String voice;

    ExplanationSentences(MessageSource messages, Locale locale, Function<String, String> campusName,
                         Function<String, String> unitName) {
        this(messages, locale, campusName, unitName, "");
    }

    private ExplanationSentences(MessageSource messages, Locale locale, Function<String, String> campusName,
                                 Function<String, String> unitName, String voice) {
        this.voice = voice;
        this.messages = messages;
        this.locale = locale;
        this.fmt = new Formats(locale);
        this.campusName = campusName;
        this.unitName = unitName;
    }

    /** The same sentences told to a campus manager: the need is the company's, not the reader's. */
    ExplanationSentences toCampus() {
        return new ExplanationSentences(messages, locale, campusName, unitName, ".campus");
    }

    /** Instant options (NeedOptions): one sentence per option, or the binding reason when there is none. */
    List<String> options(Object json) {
        Map<String, Object> m = map(json);
        List<String> out = new ArrayList<>();
        for (Object option : list(m.get("options"))) {
            out.add(placement(map(map(option).get("placement"))));
        }
        if (out.isEmpty() && m.get("reason") != null) {
            out.add(reason(map(m.get("reason"))));
        }
        return out;
    }

    /** A proposal's explanation (MatchedNeed or UnmatchedNeed). */
    List<String> proposal(Object json) {
        Map<String, Object> m = map(json);
        List<String> out = new ArrayList<>();
        if (m.get("placement") != null) {
            out.add(placement(map(m.get("placement"))));
            Map<String, Object> why = map(m.get("whyHere"));
            if (why.get("code") != null) {
                out.add(text("explain.why." + why.get("code"), fmt.number(num(why.get("validOptions")))));
            }
        } else if (m.get("reason") != null) {
            out.add(reason(map(m.get("reason"))));
            for (Object a : list(m.get("alternatives"))) {
                Map<String, Object> alt = map(a);
                out.add(text("explain.alternative", campusName.apply(str(alt.get("campusId"))), units(alt.get("unitIds")),
                        month(alt.get("start")), fmt.m2(num(alt.get("displacedM2")))));
            }
        }
        return out;
    }

    /** "Campus, units B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from ...; € 80,400 a year." */
    String placement(Map<String, Object> p) {
        StringBuilder s = new StringBuilder(text("explain.placement", campusName.apply(str(p.get("campusId"))),
                units(p.get("unitIds")), month(p.get("start")), fmt.number(num(p.get("termMonths"))),
                fmt.m2(total(p.get("served"))), fmt.m2(total(p.get("asked")))));
        for (Object t : list(p.get("terms"))) {
            Map<String, Object> term = map(t);
            switch (str(term.get("kind"))) {
                case "Distance" -> s.append("; ").append(text("explain.term.distance", fmt.km(num(term.get("km")))));
                case "Rent" -> s.append("; ").append(text("explain.term.rent",
                        fmt.euro(Math.round(num(term.get("eurosPerYear")).doubleValue()))));
                case "WastedArea" -> s.append("; ").append(text("explain.term.wasted", fmt.m2(num(term.get("m2")))));
                default -> {
                }
            }
        }
        return s.append('.').toString();
    }

    String reason(Map<String, Object> r) {
        String kind = str(r.get("kind"));
        return switch (kind) {
            case "NoCampusInReach" -> r.get("maxKm") == null ? text("explain.reason.NoCampusInRegions")
                    : text("explain.reason.NoCampusInReach", fmt.km(num(r.get("maxKm"))));
            case "NoLabClass" -> text("explain.reason.NoLabClass", str(r.get("containment")), str(r.get("gmp")),
                    fmt.number(num(r.get("campusesInReach"))));
            case "MissingFeatures" -> text("explain.reason.MissingFeatures", String.join(", ", list(r.get("features")).stream()
                    .map(String::valueOf).toList()), fmt.number(num(r.get("campusesInReach"))));
            case "RentAboveMax" -> text("explain.reason.RentAboveMax", fmt.euro(num(r.get("cheapestPerM2Year"))),
                    fmt.euro(num(r.get("maxPerM2Year"))));
            case "AreaAboveMax" -> text("explain.reason.AreaAboveMax", fmt.m2(num(r.get("smallestM2"))),
                    fmt.m2(num(r.get("maxM2"))));
            case "NoTiming" -> text(Boolean.TRUE.equals(r.get("together")) ? "explain.reason.NoTimingTogether" : "explain.reason.NoTiming",
                    month(r.get("moveInEarliest")), month(r.get("moveInLatest")), fmt.number(num(r.get("termMonths"))));
            case "NotEnoughArea" -> text("explain.reason.NotEnoughArea", fmt.number(num(r.get("maxUnits"))),
                    fmt.m2(num(r.get("mostLabM2"))), fmt.m2(num(r.get("mostOfficeM2"))));
            case "AllOptionsTaken", "FreeOptionUnused" -> text("explain.reason." + kind, fmt.number(num(r.get("validOptions"))),
                    fmt.number(num(r.get("campuses"))));
            default -> text("explain.reason.other");
        };
    }

    String campusName(String id) {
        return campusName.apply(id);
    }

    private String units(Object ids) {
        return String.join(", ", list(ids).stream().map(id -> unitName.apply(String.valueOf(id))).toList());
    }

    private String month(Object yearMonth) {
        return yearMonth == null ? "" : fmt.month(YearMonth.parse(String.valueOf(yearMonth)).atDay(1));
    }

    private static Number total(Object area) {
        Map<String, Object> a = map(area);
        return num(a.get("labM2")).intValue() + num(a.get("officeM2")).intValue();
    }

    private String text(String key, String... args) {
        return messages.getMessage(key + voice, locale, (Object[]) args)
                .or(() -> messages.getMessage(key, locale, (Object[]) args)).orElse(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Number num(Object o) {
        return o instanceof Number n ? n : 0;
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
