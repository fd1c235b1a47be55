package nl.labspace.solver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import nl.labspace.solver.Matcher;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.explain.EnglishText;
import nl.labspace.solver.generate.GeneratorSettings;
import nl.labspace.solver.generate.InstanceGenerator;
import nl.labspace.solver.greedy.GreedyMatcher;
import nl.labspace.solver.io.InstanceFormatException;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.InstanceWriter;
import nl.labspace.solver.io.SolutionDocument;
import nl.labspace.solver.io.SolutionJson;
import nl.labspace.solver.validate.SolutionValidator;

/** The offline command line: generate instances, solve them, check solutions. Exit codes follow sysexits. */
public final class Main {

    static final int OK = 0;
    static final int INVALID_SOLUTION = 1;
    static final int BAD_INPUT_FILE = 2;
    static final int USAGE = 64;
    static final int SOFTWARE = 70;
    static final int IO_ERROR = 74;

    static final String USAGE_TEXT = """
            Usage: java -jar labspace-solver.jar <command> [options]
              generate --seed S --needs N --units U --campuses C [--months M] --out FILE
                  write a seeded labspace-matching/1 instance (M: planning horizon in months, default 24)
              solve INSTANCE.json (--seconds N | --steps K) --out SOLUTION.json [--seed S] [--matcher engine|greedy]
                  match within N seconds, write labspace-matching-solution/1 and print one summary line
                  (engine, the default: the OptaPlanner engine, --seed fixes its run; greedy: first come first served);
                  --steps K instead ends the engine's search after K steps: the same result on every machine
              validate INSTANCE.json SOLUTION.json
                  check a solution against rules 1-8 of MATCHING.md; exit 1 and list violations if any
              explain INSTANCE.json SOLUTION.json
                  say why each need got its space (cost terms, why not cheaper) or none (the binding rule, alternatives);
                  an assignment that breaks rules 1-6 is explained as unserved, and the violations make it exit 1
              options INSTANCE.json NEED [--limit N]
                  the best places for one need right now, leases and accepted matches taken (N default 5), or why none
            Exit codes: 0 ok, 1 invalid solution, 2 bad instance or solution file, 64 bad arguments,
                        70 the matcher produced an invalid solution, 74 cannot write the output file""";

    private final Function<String, Matcher> matchers;
    private final PrintStream out;
    private final PrintStream err;

    /** @param matchers by --matcher name; null for an unknown name */
    Main(Function<String, Matcher> matchers, PrintStream out, PrintStream err) {
        this.matchers = matchers;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(Main::matcher, System.out, System.err).run(args));
    }

    /** The engine, signed off against the CP-SAT reference (BENCHMARKS.md); --matcher greedy keeps the baseline. */
    static final String DEFAULT_MATCHER = "engine";

    static Matcher matcher(String name) {
        return switch (name) {
            case "greedy" -> new GreedyMatcher();
            case "engine" -> new MatchingEngine();
            default -> null;
        };
    }

    int run(String... args) {
        try {
            if (args.length == 0) {
                throw new Args.UsageException("missing command");
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "generate" -> generate(new Args(rest, Set.of("seed", "needs", "units", "campuses", "months", "out")));
                case "solve" -> solve(new Args(rest, Set.of("seconds", "steps", "out", "seed", "matcher")));
                case "validate" -> validate(new Args(rest, Set.of()));
                case "explain" -> explain(new Args(rest, Set.of()));
                case "options" -> options(new Args(rest, Set.of("limit")));
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new Args.UsageException("unknown command '%s'".formatted(args[0]));
            };
        } catch (Args.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (InstanceFormatException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT_FILE;
        } catch (IOException e) {
            err.println("error: cannot write output: " + e);
            return IO_ERROR;
        }
    }

    private int generate(Args a) throws IOException {
        noPositional(a, 0);
        GeneratorSettings settings = new GeneratorSettings(a.longValue("seed", null, Long.MIN_VALUE),
                a.intValue("needs", null, 1), a.intValue("units", null, 1), a.intValue("campuses", null, 1),
                a.intValue("months", GeneratorSettings.DEFAULT_MONTHS, 6), GeneratorSettings.DEFAULT_FIRST_MONTH);
        MatchingInstance instance = InstanceGenerator.generate(settings);
        InstanceWriter.write(instance, Path.of(a.required("out")));
        out.printf("wrote %s: %d campuses, %d units, %d needs, %d leases, %d fixed%n", a.required("out"),
                instance.campuses().size(), instance.units().size(), instance.needs().size(), instance.leases().size(),
                instance.fixed().size());
        return OK;
    }

    private int solve(Args a) throws IOException {
        noPositional(a, 1);
        Long steps = a.has("steps") ? a.longValue("steps", null, 1) : null;
        long seconds = steps == null ? a.longValue("seconds", null, 1) : 0;
        long seed = a.longValue("seed", 0L, Long.MIN_VALUE);
        Path outFile = Path.of(a.required("out"));
        String matcherName = a.text("matcher", DEFAULT_MATCHER);
        Matcher matcher = matchers.apply(matcherName);
        if (matcher == null) {
            throw new Args.UsageException("--matcher must be greedy or engine, was '%s'".formatted(matcherName));
        }
        MatchingInstance instance = InstanceReader.read(Path.of(a.positional().get(0)));
        long t0 = System.nanoTime();
        MatchingSolution solution;
        if (steps == null) {
            solution = matcher.solve(instance, Duration.ofSeconds(seconds), seed);
        } else if (matcher instanceof MatchingEngine engine) {
            solution = engine.solveSteps(instance, Math.toIntExact(Math.min(steps, Integer.MAX_VALUE)), seed);
        } else {
            throw new Args.UsageException("--steps works with the engine only");
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        SolutionJson.write(solution, outFile);
        List<String> violations = new SolutionValidator(instance).validate(solution);
        violations.forEach(v -> err.println("invalid: " + v));
        // The score is the primary objective alone: minus the unserved m2.
        out.printf(Locale.ROOT, "unservedM2=%d matched=%d/%d score=%d seconds=%.2f%n", solution.unservedM2(),
                solution.assignments().size(), instance.needs().size(), -solution.unservedM2(), elapsed);
        return violations.isEmpty() ? OK : SOFTWARE;
    }

    private int validate(Args a) {
        noPositional(a, 2);
        MatchingInstance instance = InstanceReader.read(Path.of(a.positional().get(0)));
        List<String> violations = SolutionValidator.check(instance, SolutionJson.read(Path.of(a.positional().get(1))));
        violations.forEach(out::println);
        out.println(violations.isEmpty() ? "valid" : violations.size() + " violation(s)");
        return violations.isEmpty() ? OK : INVALID_SOLUTION;
    }

    private int explain(Args a) {
        noPositional(a, 2);
        MatchingInstance instance = InstanceReader.read(Path.of(a.positional().get(0)));
        SolutionDocument document = SolutionJson.read(Path.of(a.positional().get(1)));
        List<String> violations = SolutionValidator.check(instance, document);
        violations.forEach(v -> err.println("invalid: " + v));
        out.print(EnglishText.of(new MatchingEngine().explain(instance, document.solution())));
        return violations.isEmpty() ? OK : INVALID_SOLUTION;
    }

    private int options(Args a) {
        noPositional(a, 2);
        MatchingInstance instance = InstanceReader.read(Path.of(a.positional().get(0)));
        String needId = a.positional().get(1);
        if (instance.needs().stream().noneMatch(n -> n.id().equals(needId))) {
            throw new Args.UsageException("need '%s' is not in %s".formatted(needId, a.positional().get(0)));
        }
        out.print(EnglishText.of(new MatchingEngine().optionsFor(instance, needId, a.intValue("limit", 5, 1))));
        return OK;
    }

    private static void noPositional(Args a, int expected) {
        if (a.positional().size() != expected) {
            throw new Args.UsageException("expected %d file argument(s), got %s".formatted(expected, a.positional()));
        }
    }
}
