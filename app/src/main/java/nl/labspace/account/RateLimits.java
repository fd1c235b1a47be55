package nl.labspace.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/**
 * Sliding-window counts of account mails and password attempts, per client address and per email address, held in
 * memory (each instance counts its own; a restart forgets). A refused attempt is not counted, so a client that keeps
 * knocking waits no longer than the window.
 */
@Singleton
class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final AccountMailConfiguration config;
    private final Clock clock = Clock.systemUTC();

    RateLimits(AccountMailConfiguration config) {
        this.config = config;
    }

    /** Counts one request of this client address for action, or throws TooManyRequests. */
    void byAddress(String action, String address) {
        count(action + "@address:" + address, config.perAddress(), "from this address");
    }

    /** Counts one request about this email address for action, or throws TooManyRequests. */
    void byEmail(String action, String email) {
        count(action + "@email:" + email.trim().toLowerCase(), config.perEmail(), "for this email address");
    }

    private void count(String key, int max, String what) {
        Instant now = clock.instant();
        Instant since = now.minus(config.rateWindow());
        if (attempts.size() > MAX_KEYS) {
            attempts.clear(); // a flood of distinct keys must not exhaust memory; forgetting is the safe side
        }
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                long wait = Duration.between(now, times.peekFirst().plus(config.rateWindow())).toSeconds() + 1;
                throw new TooManyRequests(what, wait);
            }
            times.addLast(now);
        }
    }
}
