package koppel.common.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets Koppel must be able to read back (credentials of external systems) with
 * AES-256-GCM. The key is {@code koppel.secrets.key} (32 bytes, Base64) where given, which every
 * instance of a cluster must share; otherwise one is generated once into
 * {@code koppel.secrets.key-file}, readable only by the server's user.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "koppel.secrets.key")
    private Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "koppel.secrets.key-file")
    private String keyFile;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    public SecretBox() {}

    /** A box with this key, for tests. */
    SecretBox(byte[] raw) {
        key = new SecretKeySpec(raw, "AES");
    }

    @PostConstruct
    void loadKey() {
        byte[] raw = configuredKey.map(SecretBox::decodeKey).orElseGet(() -> fileKey(Path.of(keyFile)));
        key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain text of what {@link #encrypt} made; fails when it was made with another key. */
    public String decrypt(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not an encrypted secret");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret cannot be decrypted with this koppel.secrets.key", e);
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64.strip());
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException("koppel.secrets.key must be 32 bytes in Base64");
        }
        return raw;
    }

    private byte[] fileKey(Path file) {
        try {
            if (Files.notExists(file)) {
                byte[] generated = new byte[KEY_BYTES];
                random.nextBytes(generated);
                Files.createDirectories(file.toAbsolutePath().getParent());
                // Written whole under another name, then linked into place: another instance never
                // reads half a key, and a link, unlike a move, never replaces a key already there.
                Path written = Files.createTempFile(
                        file.toAbsolutePath().getParent(),
                        ".secrets",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try {
                    Files.writeString(written, Base64.getEncoder().encodeToString(generated));
                    Files.createLink(file, written);
                    LOG.warning(() -> "Generated the key that encrypts stored secrets in " + file
                            + "; keep it with the database's backups, or set koppel.secrets.key.");
                } catch (FileAlreadyExistsException raced) {
                    // another instance wrote it first: use theirs
                } finally {
                    Files.delete(written);
                }
            }
            return decodeKey(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
