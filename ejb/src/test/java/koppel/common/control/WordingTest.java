package koppel.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

    @SuppressWarnings("unused")
    private static final class Rules {
        @NotBlank
        String name;

        @Size(max = 100)
        String note;

        @Size(min = 2, max = 50)
        List<String> tags;

        @Email
        String email;

        @Max(100_000)
        Integer maximum;

        @DecimalMin("0")
        @Digits(integer = 7, fraction = 2)
        BigDecimal price;
    }

    @Test
    void speaksTheApisWords() {
        assertThat(words("name", NotBlank.class, "")).isEqualTo("This field is required.");
        assertThat(words("note", Size.class, "x".repeat(101)))
                .isEqualTo("Ensure this field has no more than 100 characters.");
        assertThat(words("email", Email.class, "not-an-email")).isEqualTo("Enter a valid email address.");
        assertThat(words("maximum", Max.class, 100_001))
                .isEqualTo("Ensure this value is less than or equal to 100000.");
        assertThat(words("price", DecimalMin.class, new BigDecimal("-1")))
                .isEqualTo("Ensure this value is greater than or equal to 0.");
    }

    @Test
    void countsElementsOfListsAndCharactersOfText() {
        assertThat(words("tags", Size.class, List.of("a"))).isEqualTo("Ensure this field has at least 2 elements.");
        assertThat(words("tags", Size.class, List.of("a".repeat(51).split(""))))
                .isEqualTo("Ensure this field has no more than 50 elements.");
    }

    @Test
    void namesTheDecimalLimitThatIsBroken() {
        assertThat(words("price", Digits.class, new BigDecimal("1.005")))
                .isEqualTo("Ensure that there are no more than 2 decimal places.");
        assertThat(words("price", Digits.class, new BigDecimal("12345678.10")))
                .isEqualTo("Ensure that there are no more than 7 digits before the decimal point.");
    }

    private static String words(String field, Class<? extends Annotation> type, Object value) {
        try {
            Annotation constraint = Rules.class.getDeclaredField(field).getAnnotation(type);
            return Wording.standard(constraint, value).orElseThrow();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
