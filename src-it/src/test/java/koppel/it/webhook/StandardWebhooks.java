package koppel.it.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a delivery as the Standard Webhooks specification tells a receiver to, written here
 * from the specification and independently of Koppel's signer: the secret is the base64 after
 * {@code whsec_}; the signed content is {@code id.timestamp.body}; {@code webhook-signature} is a
 * space-separated list of {@code v1,<base64 HMAC-SHA256>} of which one must match; the timestamp
 * must be within five minutes of now.
 */
final class StandardWebhooks {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {}

    /** Whether one of the signatures was made with this secret. */
    static boolean verifies(String secret, Receiver.Arrival arrival) {
        String id = arrival.header("webhook-id");
        String timestamp = arrival.header("webhook-timestamp");
        String signatures = arrival.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, id + "." + timestamp + "." + arrival.body());
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2
                    && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
