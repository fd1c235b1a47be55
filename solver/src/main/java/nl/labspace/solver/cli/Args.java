package nl.labspace.solver.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options and positional arguments; anything malformed is a {@link UsageException}. */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Args(List<String> args, Set<String> allowed) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (!allowed.contains(name)) {
                    throw new UsageException("unknown option " + a);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("option %s needs a value".formatted(a));
                }
                if (options.put(name, args.get(++i)) != null) {
                    throw new UsageException("option %s given twice".formatted(a));
                }
            } else {
                positional.add(a);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    String required(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    long longValue(String name, Long fallback, long min) {
        String v = fallback == null ? required(name) : options.getOrDefault(name, String.valueOf(fallback));
        try {
            long n = Long.parseLong(v);
            if (n < min) {
                throw new UsageException("--%s must be >= %d, was %s".formatted(name, min, v));
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--%s must be a whole number, was '%s'".formatted(name, v));
        }
    }

    int intValue(String name, Integer fallback, int min) {
        long n = longValue(name, fallback == null ? null : (long) fallback, min);
        if (n > Integer.MAX_VALUE) {
            throw new UsageException("--%s is too large: %d".formatted(name, n));
        }
        return (int) n;
    }

    /** A command line the user got wrong: exit 64 with the usage text. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
