package nl.labspace.alert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The unsubscribe token of a saved search, put in its mails: the search id and an HMAC-SHA256 of it under a key
 * derived from the server's signing secret (LABSPACE_JWT_SECRET), so it needs no sign-in and cannot be forged
 * or moved to another search. It only stops that one alert.
 */
@Singleton
class AlertTokens {

    private static final String PURPOSE = "labspace saved-search unsubscribe v1:";
    private static final int MAC_BYTES = 16;

    private final byte[] key;

    AlertTokens(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "alert-token-key".getBytes(StandardCharsets.UTF_8));
    }

    String unsubscribe(UUID savedSearch) {
        byte[] id = bytes(savedSearch);
        ByteBuffer token = ByteBuffer.allocate(16 + MAC_BYTES).put(id).put(mac(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** The saved search a token names, when the token is genuine. */
    Optional<UUID> verify(String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != 16 + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOf(raw, 16);
        byte[] sent = Arrays.copyOfRange(raw, 16, raw.length);
        if (!MessageDigest.isEqual(mac(id), sent)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(id);
        return Optional.of(new UUID(b.getLong(), b.getLong()));
    }

    private byte[] mac(byte[] id) {
        byte[] message = ByteBuffer.allocate(PURPOSE.length() + id.length)
                .put(PURPOSE.getBytes(StandardCharsets.US_ASCII)).put(id).array();
        return Arrays.copyOf(hmac(key, message), MAC_BYTES);
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
