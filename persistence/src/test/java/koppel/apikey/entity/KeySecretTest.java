package koppel.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeySecretTest {

    @Test
    void aGeneratedKeyHasTheDocumentedShape() {
        KeySecret key = KeySecret.generate();

        assertThat(key.value()).startsWith("kop_").hasSize(KeySecret.LENGTH).matches("kop_[0-9A-Za-z]{32}");
        assertThat(key.prefix())
                .hasSize(KeySecret.PREFIX_LENGTH)
                .isEqualTo(key.value().substring(0, 12));
        assertThat(KeySecret.parse(key.value())).contains(key);
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(KeySecret.generate().value())).isTrue();
        }
    }

    @Test
    void theDigestMatchesOnlyItsOwnKey() {
        KeySecret key = KeySecret.generate();
        KeySecret other = KeySecret.generate();

        assertThat(key.digest()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(key.matches(key.digest())).isTrue();
        assertThat(key.matches(other.digest())).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "kop_short",
                "abc_0123456789012345678901234567890A",
                "kop_0123456789012345678901234567890!",
                "kop_01234567890123456789012345678901X"
            })
    void anythingElseIsNotAKey(String presented) {
        assertThat(KeySecret.parse(presented)).isEmpty();
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        KeySecret key = KeySecret.generate();

        assertThat(key.toString()).doesNotContain(key.value()).startsWith(key.prefix());
    }
}
