package koppel.apikey.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A whole API key, {@code kop_} and 32 random base-62 characters (190 bits), as it exists only at
 * creation. What is stored is its prefix, which finds the key, and the SHA-256 digest of the whole,
 * which proves it: a key this random needs no slow hash.
 */
public record KeySecret(String value) {

    public static final String START = "kop_";
    public static final int LENGTH = START.length() + 32;
    public static final int PREFIX_LENGTH = START.length() + 8;

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static KeySecret generate() {
        StringBuilder key = new StringBuilder(LENGTH).append(START);
        while (key.length() < LENGTH) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new KeySecret(key.toString());
    }

    /** The key a caller presented, if it has the shape of one; anything else cannot be a key. */
    public static Optional<KeySecret> parse(String presented) {
        if (presented == null || presented.length() != LENGTH || !presented.startsWith(START)) {
            return Optional.empty();
        }
        for (int i = START.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(presented.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new KeySecret(presented));
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    public String digest() {
        return HexFormat.of().formatHex(digestBytes());
    }

    /** Compares with a stored digest in time that does not depend on where they differ. */
    public boolean matches(String storedDigest) {
        return storedDigest != null
                && MessageDigest.isEqual(digestBytes(), HexFormat.of().parseHex(storedDigest));
    }

    private byte[] digestBytes() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
