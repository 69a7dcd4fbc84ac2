package koppel.webhook.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import koppel.common.Jsonp;
import koppel.common.control.Broker;
import koppel.webhook.control.Poster.Parcel;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.WebhookDelivery;

/**
 * All that webhooks send through JMS, in one place ({@link Broker}). Inside a transaction the
 * messages leave when it commits. Messages say "work to do now": deliveries to claim and attempt
 * (their ids), or deliveries a fan-out has claimed and signed, ready to post. The database holds
 * the work itself, so they are not persistent: the broker need not write them to disk, and one
 * lost in a crash is made good by {@link DeliveryTimer} (a claimed delivery once its claim has
 * run out).
 */
@ApplicationScoped
public class WebhookQueues {

    @Inject
    private Broker broker;

    @Inject
    private WebhookSettings settings;

    @Resource(lookup = DeliveryConsumer.QUEUE)
    private Queue deliveries;

    /**
     * The most messages one transaction sends: brokers cap a transaction (OpenMQ at 1,000
     * messages), and the timer queues the rest in transactions of their own.
     */
    public static final int PER_TRANSACTION = 500;

    /** The message property of claimed deliveries ({@link #post}): when they were claimed. */
    public static final String CLAIMED_AT = "claimedAt";

    /**
     * The first of these new or renewed deliveries, as many as {@link #PER_TRANSACTION} messages
     * hold, to queue in the current transaction; the others are left to the timer.
     */
    public List<WebhookDelivery> some(List<WebhookDelivery> held) {
        int most = PER_TRANSACTION * settings.batch();
        held.stream().skip(most).forEach(WebhookDelivery::leaveToTimer);
        return held.subList(0, Math.min(most, held.size()));
    }

    /**
     * Asks for these deliveries to be attempted, saying what started the attempt: up to
     * {@link WebhookSettings#batch()} in a message, which one consumer posts at once.
     */
    public void deliver(Collection<UUID> ids, String trigger) {
        if (!ids.isEmpty()) {
            send(
                    List.copyOf(ids),
                    batch -> batch.stream().map(UUID::toString).collect(Collectors.joining(",")),
                    trigger == null ? Map.of() : Map.of(DeliveryConsumer.TRIGGER, trigger));
        }
    }

    /**
     * Sends these items, up to {@link WebhookSettings#batch()} in a message whose text {@code body}
     * writes, with these string properties.
     */
    private <T> void send(List<T> items, Function<List<T>, String> body, Map<String, String> properties) {
        int perMessage = settings.batch();
        // the database holds the work; a message lost with the broker is queued again by the timer
        broker.send(deliveries, DeliveryMode.NON_PERSISTENT, "webhook messages", (session, producer) -> {
            for (int from = 0; from < items.size(); from += perMessage) {
                TextMessage message = session.createTextMessage(
                        body.apply(items.subList(from, Math.min(items.size(), from + perMessage))));
                for (Map.Entry<String, String> property : properties.entrySet()) {
                    message.setStringProperty(property.getKey(), property.getValue());
                }
                producer.send(message);
            }
        });
    }

    /**
     * Asks for these deliveries, claimed and signed at {@code claimedAt}, to be posted, saying what
     * started the attempt: up to {@link WebhookSettings#batch()} in a message, each with all a
     * consumer needs to post it (the consumer claims nothing and reads nothing before the post).
     */
    public void post(Map<UUID, Shipment> claimed, Instant claimedAt, String trigger) {
        if (claimed.isEmpty()) {
            return;
        }
        send(
                List.copyOf(claimed.entrySet()),
                batch -> {
                    JsonArrayBuilder shipments = Jsonp.JSON.createArrayBuilder();
                    batch.forEach(entry -> shipments.add(json(entry.getKey(), entry.getValue())));
                    return shipments.build().toString();
                },
                Map.of(DeliveryConsumer.TRIGGER, trigger, CLAIMED_AT, claimedAt.toString()));
    }

    private static JsonObject json(UUID id, Shipment shipment) {
        JsonObjectBuilder headers = Jsonp.JSON.createObjectBuilder();
        shipment.parcel().headers().forEach(headers::add);
        JsonObjectBuilder json = Jsonp.JSON
                .createObjectBuilder()
                .add("id", id.toString())
                .add("url", shipment.parcel().url())
                .add("headers", headers)
                .add("body", shipment.parcel().body())
                .add("healthCurrent", shipment.healthCurrent());
        return shipment.ping() ? json.add("ping", true).build() : json.build();
    }

    /** The claimed deliveries of a message {@link #post} sent, in its order. */
    public static Map<UUID, Shipment> shipments(String text) {
        Map<UUID, Shipment> shipments = new LinkedHashMap<>();
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(text))) {
            for (JsonObject shipment : reader.readArray().getValuesAs(JsonObject.class)) {
                Map<String, String> headers = new LinkedHashMap<>();
                shipment.getJsonObject("headers")
                        .forEach((name, value) -> headers.put(name, ((JsonString) value).getString()));
                shipments.put(
                        UUID.fromString(shipment.getString("id")),
                        new Shipment(
                                new Parcel(shipment.getString("url"), headers, shipment.getString("body")),
                                shipment.getBoolean("healthCurrent"),
                                shipment.getBoolean("ping", false)));
            }
        }
        return shipments;
    }

    /** The ids of a message, separated by commas. */
    public static List<UUID> ids(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .map(UUID::fromString)
                .toList();
    }
}
