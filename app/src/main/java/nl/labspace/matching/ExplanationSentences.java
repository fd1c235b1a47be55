package nl.labspace.matching;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.micronaut.context.MessageSource;
import nl.labspace.page.Formats;
import nl.labspace.solver.explain.WhyHere;

/**
 * A reader's view of an explanation (ExplanationView, NeedOptionsView) as short sentences in the reader's language:
 * campus and unit names instead of ids, numbers with their units, rent per m² a year and in total. Words come from
 * the message bundles (explain.*); it renders only what the view holds, so it cannot show what the reader may not.
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

    /** Instant options: one sentence per option, or the binding reason when there is none. */
    List<String> options(NeedOptionsView options) {
        List<String> out = new ArrayList<>();
        options.options().forEach(o -> out.add(placement(o.placement())));
        if (out.isEmpty() && options.reason() != null) {
            out.add(reason(options.reason()));
        }
        return out;
    }

    /** A proposal's explanation, in whichever view the reader has; none for a proposal stored without one. */
    List<String> proposal(ExplanationView explanation) {
        List<String> out = new ArrayList<>();
        if (explanation instanceof ExplanationView.Matched m) {
            out.add(placement(m.placement()));
            out.add(why(m.whyHere().code(), m.whyHere().validOptions()));
            cheaper(m.whyHere()).ifPresent(out::add);
        } else if (explanation instanceof ExplanationView.AnonymousMatched a) {
            out.add(placement(a.placement()));
            out.add(why(a.whyHere().code(), a.whyHere().validOptions()));
        } else if (explanation instanceof ExplanationView.Unmatched u) {
            out.add(reason(u.reason()));
            for (ExplanationView.Alternative alt : u.alternatives()) {
                out.add(text("explain.alternative", campusName.apply(alt.campusId()), units(alt.unitIds()),
                        month(alt.start()), fmt.m2(alt.displacedM2())));
            }
        }
        return out;
    }

    /**
     * "Campus, unit B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from ...;
     * € 335 /m²/year · € 80,400 per year."
     */
    String placement(ExplanationView.Where p) {
        StringBuilder s = new StringBuilder(text("explain.placement", campusName.apply(p.campusId()), units(p.unitIds()),
                month(p.start()), fmt.number(p.termMonths()), fmt.m2(p.served().totalM2()), fmt.m2(p.asked().totalM2())));
        for (ExplanationView.Term term : p.terms()) {
            if (term instanceof ExplanationView.Distance d) {
                s.append("; ").append(text("explain.term.distance", fmt.km(d.km())));
            } else if (term instanceof ExplanationView.WastedArea w) {
                s.append("; ").append(text("explain.term.wasted", fmt.m2(w.m2())));
            }
        }
        s.append("; ").append(rent(p));
        return s.append('.').toString();
    }

    /** "€ 325 /m²/year · € 81,250 per year": the rent in both measures, wherever a placement is shown. */
    String rent(ExplanationView.Where p) {
        return text("explain.term.rent", fmt.euro(p.rentPerM2Year()), fmt.euro(p.rentPerYear()));
    }

    private String why(WhyHere.Code code, int validOptions) {
        return text("explain.why." + code.name(), fmt.number(validOptions));
    }

    /** Where the cheaper option is, and (when taken) how much other demand holds it: the reader can check it. */
    private Optional<String> cheaper(ExplanationView.WhyHere why) {
        ExplanationView.Cheaper c = why.cheaper();
        if (c == null) {
            return Optional.empty();
        }
        String where = campusName.apply(c.campusId());
        if (why.code() == WhyHere.Code.CHEAPER_TAKEN) {
            int heldM2 = c.heldBy().stream().mapToInt(ExplanationView.Holder::m2).sum();
            return Optional.of(text("explain.why.cheaperTaken", where, units(c.unitIds()), month(c.start()), fmt.m2(heldM2)));
        }
        return Optional.of(text("explain.why.cheaperFree", where, units(c.unitIds()), month(c.start())));
    }

    /** One case per rule (ReasonView's variants). */
    String reason(ReasonView reason) {
        if (reason instanceof ReasonView.NoCampusInReach r) {
            return r.maxKm() == null ? text("explain.reason.NoCampusInRegions")
                    : text("explain.reason.NoCampusInReach", fmt.km(r.maxKm()));
        }
        if (reason instanceof ReasonView.NoLabClass r) {
            return text("explain.reason.NoLabClass", r.containment(), r.gmp(), fmt.number(r.campusesInReach()));
        }
        if (reason instanceof ReasonView.MissingFeatures r) {
            return text("explain.reason.MissingFeatures", String.join(", ", r.features()), fmt.number(r.campusesInReach()));
        }
        if (reason instanceof ReasonView.RentAboveMax r) {
            return text("explain.reason.RentAboveMax", fmt.euro(r.cheapestPerM2Year()), fmt.euro(r.maxPerM2Year()));
        }
        if (reason instanceof ReasonView.AreaAboveMax r) {
            return text("explain.reason.AreaAboveMax", fmt.m2(r.smallestM2()), fmt.m2(r.maxM2()), labClass(r));
        }
        if (reason instanceof ReasonView.NoTiming r) {
            return text(r.together() ? "explain.reason.NoTimingTogether" : "explain.reason.NoTiming",
                    month(r.moveInEarliest()), month(r.moveInLatest()), fmt.number(r.termMonths()));
        }
        if (reason instanceof ReasonView.NotEnoughArea r) {
            return text("explain.reason.NotEnoughArea", fmt.number(r.maxUnits()), fmt.m2(r.mostLabM2()), fmt.m2(r.mostOfficeM2()));
        }
        if (reason instanceof ReasonView.AllOptionsTaken r) {
            return text("explain.reason.AllOptionsTaken", fmt.number(r.validOptions()), fmt.number(r.campuses()));
        }
        if (reason instanceof ReasonView.FreeOptionUnused r) {
            return text("explain.reason.FreeOptionUnused", fmt.number(r.validOptions()), fmt.number(r.campuses()));
        }
        return text("explain.reason.other");
    }

    /** " (ML-II, GMP C)": the class the space had to have, or nothing for plain space. */
    private static String labClass(ReasonView.AreaAboveMax r) {
        List<String> parts = new ArrayList<>();
        if (!"none".equals(r.containment())) {
            parts.add(r.containment());
        }
        if (!"none".equals(r.gmp())) {
            parts.add("GMP " + r.gmp());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    String campusName(String id) {
        return campusName.apply(id);
    }

    private String units(List<String> ids) {
        return String.join(", ", ids.stream().map(unitName).toList());
    }

    private String month(String yearMonth) {
        return yearMonth == null ? "" : fmt.month(YearMonth.parse(yearMonth).atDay(1));
    }

    private String text(String key, String... args) {
        return messages.getMessage(key + voice, locale, (Object[]) args)
                .or(() -> messages.getMessage(key, locale, (Object[]) args)).orElse(key);
    }
}
