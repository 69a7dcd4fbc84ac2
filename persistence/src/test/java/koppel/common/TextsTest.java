package koppel.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void ordinaryTextIncludingEmojiIsStorable() {
        assertThat(Texts.storable("Zoë 🎭 <script>' OR 1=1")).isTrue();
        assertThat(Texts.storable("")).isTrue();
    }

    @Test
    void nulAndLoneSurrogatesAreNot() {
        assertThat(Texts.storable("a\u0000b")).isFalse();
        assertThat(Texts.storable("\ud800")).isFalse();
        assertThat(Texts.storable("x\udc00y")).isFalse();
        assertThat(Texts.storable("\ud83c")).isFalse();
    }

    @Test
    void namesAreTheSameWhateverTheCaseAndSurroundingSpace() {
        assertThat(Texts.nameKey("  Stadsschouwburg Ghent ")).isEqualTo(Texts.nameKey("stadsschouwburg GHENT"));
        assertThat(Texts.nameKey("Foyer")).isNotEqualTo(Texts.nameKey("Foyer 2"));
    }
}
