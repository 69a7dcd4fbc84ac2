package koppel.ticketing.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import koppel.external.ExternalException;
import koppel.ticketing.entity.RemoteStatus;
import org.junit.jupiter.api.Test;

/** What Ticketmatic's signing, times and events look like to Koppel, without a network. */
class TicketmaticSystemTest {

    @Test
    void theSignatureIsAnHmacOfAccessKeyAccountAndTimeInUtc() throws Exception {
        Instant at = Instant.parse("2026-12-02T13:45:07.891Z");

        String header = TicketmaticSystem.authorization("ak123", "s3cret", "qa", at);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of().formatHex(mac.doFinal("ak123qa2026-12-02T13:45:07".getBytes(StandardCharsets.UTF_8)));
        assertThat(header).isEqualTo("TM-HMAC-SHA256 key=ak123 ts=2026-12-02T13:45:07 sign=" + expected);
    }

    @Test
    void timesAreReadWithASpaceOrATAndAnyFraction() {
        Instant expected = Instant.parse("2026-12-02T13:45:07Z");

        assertThat(TicketmaticSystem.parseTime("2026-12-02 13:45:07")).contains(expected);
        assertThat(TicketmaticSystem.parseTime("2026-12-02T13:45:07")).contains(expected);
        assertThat(TicketmaticSystem.parseTime("2026-12-02 13:45:07.5")).contains(expected.plusMillis(500));
        assertThat(TicketmaticSystem.parseTime("2026-12-02 13:45:07.123456")).contains(expected.plusNanos(123_456_000));
        assertThat(TicketmaticSystem.parseTime("yesterday")).isEmpty();
    }

    @Test
    void anEventIsADraftUntilItIsActiveAndItsSalesAddUpOverContingents() throws Exception {
        RemoteEvent active = TicketmaticSystem.read(
                Json.createReader(new java.io.StringReader("{\"id\": 777, \"currentstatus\": 19002, \"availability\": ["
                                + "{\"free\": 10, \"sold_paid\": 5, \"sold_unpaid\": 1},"
                                + "{\"free\": 3, \"sold_paid\": 2, \"sold_unpaid\": 0}]}"))
                        .readObject());
        RemoteEvent draft = TicketmaticSystem.read(Json.createObjectBuilder()
                .add("id", 12)
                .add("currentstatus", 19001)
                .build());

        assertThat(active).isEqualTo(new RemoteEvent("777", RemoteStatus.PUBLISHED, 8, 13));
        assertThat(draft).isEqualTo(new RemoteEvent("12", RemoteStatus.DRAFT, null, null));
        assertThatThrownBy(
                        () -> TicketmaticSystem.read(Json.createObjectBuilder().build()))
                .isInstanceOf(ExternalException.class)
                .hasMessageContaining("without an id");
    }
}
