package koppel.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldKindTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"2019-05-23T10:53:00Z", "2019-05-23 10:53:00", "2019-05-23T10:53:00", "2019-05-23T12:53:00+02:00"
            })
    void datetimesAreReadAsUtc(String text) {
        assertThat(FieldKind.DATETIME.parse(text)).contains(Instant.parse("2019-05-23T10:53:00Z"));
    }

    @Test
    void aDateAloneIsMidnightUtc() {
        assertThat(FieldKind.DATETIME.parse("2019-05-23")).contains(Instant.parse("2019-05-23T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2019-13-01",
                "1' OR '1'='1",
                "",
                "2019-05-23T25:00:00Z",
                "0000-01-01",
                "+10000-01-01",
                "-0001-12-31"
            })
    void nonsenseIsNoDatetime(String text) {
        assertThat(FieldKind.DATETIME.parse(text)).isEmpty();
        assertThat(FieldKind.DATE.parse(text)).isEmpty();
    }

    @Test
    void datetimesAreOfTheYears1To9999InUtc() {
        assertThat(FieldKind.DATETIME.parse("0001-01-01T00:00:00Z")).isPresent();
        assertThat(FieldKind.DATETIME.parse("9999-12-31T23:59:59Z")).isPresent();
        assertThat(FieldKind.DATETIME.parse("9999-12-31T23:00:00-05:00")).isEmpty();
        assertThat(FieldKind.DATETIME.parse("0001-01-01T00:30:00+01:00")).isEmpty();
        assertThat(FieldKind.DATETIME.parse("+999999999-12-31T23:59:59Z")).isEmpty();
    }

    @Test
    void datesNumbersIdsAndBooleans() {
        assertThat(FieldKind.DATE.parse("1995-01-25")).contains(LocalDate.of(1995, 1, 25));
        assertThat(FieldKind.NUMBER.parse("12.50")).contains(new BigDecimal("12.50"));
        assertThat(FieldKind.NUMBER.parse("1e999999999")).isEmpty();
        assertThat(FieldKind.NUMBER.parse("twelve")).isEmpty();
        UUID id = UUID.randomUUID();
        assertThat(FieldKind.ID.parse(id.toString())).contains(id);
        assertThat(FieldKind.ID.parse("1-1-1-1-1")).isEmpty();
        assertThat(FieldKind.BOOLEAN.parse("true")).contains(Boolean.TRUE);
        assertThat(FieldKind.BOOLEAN.parse("yes")).isEmpty();
    }

    @Test
    void onlyDatesDatetimesAndNumbersCompare() {
        assertThat(FieldKind.DATE.comparable()).isTrue();
        assertThat(FieldKind.DATETIME.comparable()).isTrue();
        assertThat(FieldKind.NUMBER.comparable()).isTrue();
        assertThat(FieldKind.TEXT.comparable()).isFalse();
        assertThat(FieldKind.ID.comparable()).isFalse();
    }
}
