package koppel.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language says everything English says, and nothing is left blank. */
class MessagesTest {

    private static final String BUNDLE = "/koppel/admin/i18n/messages";

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void everyTranslationHasExactlyTheEnglishKeys(String language) {
        Properties english = load("");
        Properties translated = load("_" + language);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.values())
                .allSatisfy(value -> assertThat((String) value).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void translationsDifferFromEnglishWhereTheSeedsGiveWords(String language) {
        assertThat(load("_" + language).getProperty("menu.integrations"))
                .isNotEqualTo(load("").getProperty("menu.integrations"));
    }

    private static Properties load(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertThat(in).as("bundle %s%s", BUNDLE, suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
