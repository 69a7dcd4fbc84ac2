package koppel.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void readsAnObjectAsJsonPWouldWithEveryKindOfValue() {
        JsonObject read = StrictJson.object(
                bytes("{\"a\": [1, 2.50, \"x\", true, false, null, {\"b\": []}], \"c\": {\"d\": {}}, \"é\": \"ü\"}"));

        assertThat(read.toString())
                .isEqualTo("{\"a\":[1,2.50,\"x\",true,false,null,{\"b\":[]}],\"c\":{\"d\":{}},\"é\":\"ü\"}");
    }

    @Test
    void nestingUpTo64LevelsIsReadAndOneMoreIsRefusedWhereverItIs() {
        assertThat(StrictJson.object(bytes(nested(64, "[", "]")))).isNotNull();
        assertThat(StrictJson.object(bytes(nested(64, "{\"a\":", "}")))).isNotNull();

        for (String deep : new String[] {
            nested(65, "[", "]"), nested(65, "{\"a\":", "}"), nested(100_000, "[", "]"), nested(100_000, "[", "")
        }) {
            assertThat(refused(bytes(deep))).isEqualTo("JSON parse error - Nesting deeper than 64 levels.");
        }
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsRefusedButTheSameKeyInTwoObjectsIsNot() {
        assertThat(refused(bytes("{\"a\": 1, \"b\": {\"x\": 1, \"x\": 2}}")))
                .isEqualTo("JSON parse error - Duplicate key \"x\".");
        assertThat(refused(bytes("{\"a\": 1, \"a\": 1}"))).isEqualTo("JSON parse error - Duplicate key \"a\".");
        assertThat(StrictJson.object(bytes("{\"x\": {\"x\": 1}, \"y\": [{\"x\": 1}, {\"x\": 2}]}")))
                .isNotNull();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedOverlongFormsAndEncodedSurrogatesIncluded() {
        for (byte[] invalid : new byte[][] {
            {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
            {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},
            {'{', '"', 'a', '"', ':', '"', (byte) 0xe0, (byte) 0x80, (byte) 0xaf, '"', '}'},
            {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'},
            {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'},
        }) {
            assertThat(refused(invalid)).startsWith("JSON parse error - Invalid UTF-8 at byte ");
        }
    }

    @Test
    void whatIsNotOneObjectIsRefusedWithAShortMessage() {
        for (String broken : new String[] {
            "", "[]", "1", "{", "{\"a\": 1} {}", "{\"a\": 1e999999999999}", "{\"a\": " + "9".repeat(2000) + "}"
        }) {
            assertThat(refused(bytes(broken))).as(broken).startsWith("JSON parse error - ");
        }
        assertThat(refused(bytes("{\"" + "k".repeat(10_000) + "\" 1}"))).hasSizeLessThan(300);
    }

    @Test
    void anotherCharsetOrAContentEncodingIsAnUnsupportedMediaType() {
        String type = "application/json; charset=latin1";
        JsonObjectReader.acceptable("UTF-8", type, null);
        JsonObjectReader.acceptable("\"utf-8\"", type, List.of());
        JsonObjectReader.acceptable(null, type, List.of("identity"));

        for (String charset : new String[] {"latin1", "utf-16", "x-unknown", "UTF-8;", ""}) {
            BodyRefused refused =
                    catchThrowableOfType(BodyRefused.class, () -> JsonObjectReader.acceptable(charset, type, null));
            assertThat(refused.status()).as(charset).isEqualTo(415);
            assertThat(refused.detail()).isEqualTo("Unsupported media type \"" + type + "\" in request.");
        }
        for (String encoding : new String[] {"gzip", "identity, gzip", "br", "x-unknown"}) {
            BodyRefused refused = catchThrowableOfType(
                    BodyRefused.class, () -> JsonObjectReader.acceptable(null, type, List.of(encoding)));
            assertThat(refused.status()).as(encoding).isEqualTo(415);
            assertThat(refused.detail()).startsWith("Unsupported media type \"" + type + "\" in request.");
        }
    }

    /** A body nested {@code levels} deep: the object itself, then {@code open} and {@code close} repeated. */
    private static String nested(int levels, String open, String close) {
        return "{\"a\":" + open.repeat(levels - 1) + "0" + close.repeat(levels - 1) + "}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String refused(byte[] body) {
        BodyRefused refused = catchThrowableOfType(BodyRefused.class, () -> StrictJson.object(body));
        assertThat(refused).as(new String(body, StandardCharsets.UTF_8)).isNotNull();
        assertThat(refused.status()).isEqualTo(400);
        return detail(refused);
    }

    private static String detail(BodyRefused refused) {
        return refused.detail();
    }
}
