package koppel.common.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static byte[] key(int fill) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) fill);
        return raw;
    }

    @Test
    void whatIsSealedOpensWithTheSameKeyOnly() {
        SecretBox box = new SecretBox(key(1));
        String sealed = box.encrypt("pässword-ä€");

        assertThat(sealed).startsWith("v1:").doesNotContain("pässword");
        assertThat(box.decrypt(sealed)).isEqualTo("pässword-ä€");
        assertThatThrownBy(() -> new SecretBox(key(2)).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("koppel.secrets.key");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        SecretBox box = new SecretBox(key(1));
        assertThat(box.encrypt("token")).isNotEqualTo(box.encrypt("token"));
    }

    @Test
    void aChangedCiphertextIsRefused() {
        SecretBox box = new SecretBox(key(1));
        String sealed = box.encrypt("token");
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> box.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
