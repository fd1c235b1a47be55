package nl.labspace.insight;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.labspace.insight.CubeReader.Read;
import nl.labspace.insight.CubeReader.Stamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the insight cube of the live market. Reading figures costs a lookup of the market's version; a cube is
 * rebuilt only when the market changed (a campus, unit, need, proposal, lease or a run's end was committed), and
 * then in the background while readers keep the last cube for at most labspace.insight.max-lag-seconds: a rebuild
 * takes a second or two on a national market, and no reader should wait for it after every accepted proposal.
 * Background rebuilds start at most once per half the lag, so a market that changes every second costs a rebuild
 * every few seconds, not a core. Past the lag (or at 0), or on a new day or month, a reader waits for the rebuild,
 * so figures are never older than that. {@link #exact()} always waits: a trend snapshot must describe the market
 * as it is.
 */
@Singleton
public class InsightCube {

    private static final Logger LOG = LoggerFactory.getLogger(InsightCube.class);

    private final CubeReader reader;
    private final long maxLagMillis;
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "insight-cube-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile Read last;
    private volatile long lastBuildStarted;
    /** When a reader first found the kept cube behind the market (0 while it is not). */
    private volatile long behindSince;

    InsightCube(CubeReader reader, @Value("${labspace.insight.max-lag-seconds:5}") int maxLagSeconds) {
        this.reader = reader;
        this.maxLagMillis = maxLagSeconds * 1000L;
    }

    /** The kept cube when it describes the market, or one at most the allowed lag behind it while it is rebuilt. */
    public Cube now() {
        Stamp stamp = reader.stamp();
        Read kept = last;
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.cube();
        }
        if (kept != null && kept.stamp().sameDay(stamp) && withinLag()) {
            rebuildInBackground();
            return kept.cube();
        }
        return exact();
    }

    /** The cube of the market as committed now: rebuilt first when the market changed. */
    public Cube exact() {
        return rebuildIfBehind().cube();
    }

    private boolean withinLag() {
        if (maxLagMillis <= 0) {
            return false;
        }
        long now = System.currentTimeMillis();
        if (behindSince == 0) {
            behindSince = now;
        }
        return now - behindSince < maxLagMillis;
    }

    private void rebuildInBackground() {
        if (rebuildQueued.compareAndSet(false, true)) {
            long delay = Math.max(0, lastBuildStarted + maxLagMillis / 2 - System.currentTimeMillis());
            rebuilder.schedule(() -> {
                rebuildQueued.set(false);
                try {
                    rebuildIfBehind();
                } catch (RuntimeException e) {
                    LOG.error("insight cube rebuild failed; readers wait for the next one", e);
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized Read rebuildIfBehind() {
        Read kept = last;
        if (kept != null && kept.stamp().equals(reader.stamp())) {
            return kept;
        }
        long started = System.currentTimeMillis();
        lastBuildStarted = started;
        Read read = reader.read();
        last = read;
        // a change committed while the cube was built makes it behind from (at the latest) the build's snapshot on:
        // counting from there keeps every served cube within the lag, not the lag plus a build
        behindSince = read.stamp().equals(reader.stamp()) ? 0 : started;
        return read;
    }

    @PreDestroy
    void stop() {
        rebuilder.shutdownNow();
    }
}
