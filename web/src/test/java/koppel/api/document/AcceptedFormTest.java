package koppel.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML unless the Accept header rates JSON above YAML. */
class AcceptedFormTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none|false",
                "*/*|false",
                "application/yaml|false",
                "application/json|true",
                "application/json;q=0.5, application/yaml|false",
                "application/yaml;q=0.5, application/json|true",
                "application/json, application/yaml|false",
                "application/json;q=0|false",
                "APPLICATION/JSON; charset=utf-8|true",
                "application/json;q=abc|true",
                "text/html, */*;q=0.8|false",
            })
    void choosesTheForm(String accept, boolean json) {
        assertThat(AcceptedForm.prefersJson(accept)).isEqualTo(json);
    }
}
