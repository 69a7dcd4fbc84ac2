package koppel.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * How every answer is written: by JSON-B, with the names the records state, absent values as
 * null, a team's resources by {@link ResourceSerializer}, and decimal amounts as text with their scale ({@code "12.50"}), as money is usually sent.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    /** The one configuration, also for answers written outside a resource method (replays). */
    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withAdapters(new DecimalText())
            .withSerializers(new ResourceSerializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** {@code 12.50} as {@code "12.50"}: a JSON number would lose the scale in many clients. */
    public static final class DecimalText implements JsonbAdapter<BigDecimal, String> {

        @Override
        public String adaptToJson(BigDecimal value) {
            return value.toPlainString();
        }

        @Override
        public BigDecimal adaptFromJson(String text) {
            return new BigDecimal(text);
        }
    }
}
