package nl.labspace.listing.stats;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

/**
 * Tells whether a visitor is new for a unit today, without keeping who the visitor is. The visitor's address,
 * browser (User-Agent) and languages are hashed with the unit id under a random key made for the day (HMAC-SHA256,
 * 64 bits kept) and then dropped; only the hashes of the day are kept, in memory. The key is never written anywhere
 * and is thrown away with the hashes when the day ends (on the first use or flush after midnight, Dutch time), so
 * yesterday's hashes cannot be tied to anyone, nor today's to tomorrow's. A restart loses key and hashes alike: a
 * visitor seen before the restart counts once more that day (an over-count, never an under-count).
 */
@Singleton
class DailyVisitors {

    /** Hashes kept per day at most (about 100 MB); beyond it every view counts, rather than memory growing. */
    static final int MAX_SEEN = 2_000_000;

    private static final String HMAC = "HmacSHA256";

    private record Day(LocalDate date, SecretKeySpec key, Set<Long> seen) {
    }

    private final SecureRandom random = new SecureRandom();
    private volatile Day current;

    /** Whether this visitor was not yet counted for this unit on this day; counts them from now on. */
    boolean firstToday(LocalDate date, String address, String agent, String languages, UUID unitId) {
        Day day = dayOf(date);
        if (day.seen().size() >= MAX_SEEN) {
            return true;
        }
        return day.seen().add(hash(day.key(), address + '\n' + agent + '\n' + languages + '\n' + unitId));
    }

    /** Throws the key and hashes away once their day is over. */
    void forgetBefore(LocalDate today) {
        Day day = current;
        if (day != null && !day.date().equals(today)) {
            synchronized (this) {
                if (current == day) {
                    current = null;
                }
            }
        }
    }

    private Day dayOf(LocalDate date) {
        Day day = current;
        if (day == null || !day.date().equals(date)) {
            synchronized (this) {
                day = current;
                if (day == null || !day.date().equals(date)) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    day = new Day(date, new SecretKeySpec(key, HMAC), ConcurrentHashMap.newKeySet());
                    current = day;
                }
            }
        }
        return day;
    }

    private static long hash(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return ByteBuffer.wrap(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
