package koppel.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableHeadersTest {

    @Test
    void qualityValuesMustBeNumbersFrom0To1() {
        for (String fine : List.of(
                "application/json",
                "application/json, text/plain, */*",
                "application/json;q=0.9, */*; q=0.1",
                "*/*;q=1.0",
                "text/html;level=1;q=0")) {
            assertThat(UnreadableHeaders.readable(Collections.enumeration(List.of(fine))))
                    .as(fine)
                    .isTrue();
        }
        for (String unreadable : List.of(
                "*/*;q=abc", "application/json;q=0.5, */*;Q=abc", "*/*;q=", "*/*;q=2", "*/*;q=NaN", "*/*;q=-1")) {
            assertThat(UnreadableHeaders.readable(Collections.enumeration(List.of("application/json", unreadable))))
                    .as(unreadable)
                    .isFalse();
        }
        assertThat(UnreadableHeaders.readable(null)).isTrue();
    }

    @Test
    void aContentTypeIsTypeSlashSubtype() {
        for (String fine : List.of(
                "application/json", "application/json; charset=UTF-8", "text/plain", "application/vnd.api+json")) {
            assertThat(UnreadableHeaders.mediaType(fine)).as(fine).isTrue();
        }
        assertThat(UnreadableHeaders.mediaType(null)).isTrue();
        for (String unreadable : List.of("application", "", "/json", "application/", "a b/c", "application/json/x")) {
            assertThat(UnreadableHeaders.mediaType(unreadable)).as(unreadable).isFalse();
        }
    }
}
