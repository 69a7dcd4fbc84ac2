package koppel.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reason stored when an endpoint's failing period ends, as pages read it back. */
class FailingEndpointsTest {

    @ParameterizedTest
    @CsvSource({"P5D, 5, day", "P1D, 1, day", "PT2H, 2, hour", "PT90S, 90, second", "PT1H30M, 5400, second"})
    void theReasonNamesThePeriodInAFormPagesReadBack(Duration period, String number, String unit) {
        Matcher read = FailingEndpoints.FAILED_FOR.matcher(FailingEndpoints.failedFor(period));

        assertThat(read.matches()).isTrue();
        assertThat(read.group(1)).isEqualTo(number);
        assertThat(read.group(2)).isEqualTo(unit);
    }

    @Test
    void aPeriodIsSaidInItsLargestWholeUnit() {
        assertThat(FailingEndpoints.readable(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(FailingEndpoints.readable(Duration.ofHours(48))).isEqualTo("2 days");
        assertThat(FailingEndpoints.readable(Duration.ofSeconds(1))).isEqualTo("1 second");
    }
}
