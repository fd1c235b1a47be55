package nl.labspace.db.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

// Name-based UUIDs from the seed, the kind of row and its number: the same seed always gives the same ids,
// and two seeds never share one.
final class DemoIds {

    private final long seed;
    private final Map<String, Integer> counters = new HashMap<>();

    DemoIds(long seed) {
        this.seed = seed;
    }

    UUID next(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return UUID.nameUUIDFromBytes("labspace-demo/%d/%s/%d".formatted(seed, kind, n).getBytes(StandardCharsets.UTF_8));
    }
}
