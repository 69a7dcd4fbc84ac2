package koppel.webhook.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.common.control.Broker;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.WebhookDelivery;

/**
 * All that webhooks send through JMS, in one place ({@link Broker}). Inside a transaction the
 * messages leave when it commits.
 * Messages only say "work to do now"; the database holds the work itself, so they are not
 * persistent: the broker need not write them to disk, and one lost in a crash is made good by
 * {@link DeliveryTimer}.
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

    /**
     * Queues the first {@link #PER_TRANSACTION} of these new or renewed deliveries in the current
     * transaction and leaves the others to the timer.
     */
    public void deliverSome(List<WebhookDelivery> made, String trigger) {
        List<UUID> now = new ArrayList<>();
        for (WebhookDelivery delivery : made) {
            if (now.size() < PER_TRANSACTION) {
                now.add(delivery.getId());
            } else {
                delivery.leaveToTimer();
            }
        }
        deliver(now, trigger);
    }

    /**
     * Asks for these deliveries to be attempted, saying what started the attempt: up to
     * {@link WebhookSettings#batch()} in a message, which one consumer posts at once.
     */
    public void deliver(Collection<UUID> ids, String trigger) {
        if (!ids.isEmpty()) {
            send(deliveries, ids, settings.batch(), trigger);
        }
    }

    private void send(Queue queue, Collection<UUID> ids, int perMessage, String trigger) {
        // the database holds the work; a message lost with the broker is queued again by the timer
        broker.send(queue, DeliveryMode.NON_PERSISTENT, "webhook messages", (session, producer) -> {
            List<UUID> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += perMessage) {
                String body = all.subList(from, Math.min(all.size(), from + perMessage)).stream()
                        .map(UUID::toString)
                        .collect(Collectors.joining(","));
                TextMessage message = session.createTextMessage(body);
                if (trigger != null) {
                    message.setStringProperty(DeliveryConsumer.TRIGGER, trigger);
                }
                producer.send(message);
            }
        });
    }

    /** The ids of a message, separated by commas. */
    public static List<UUID> ids(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .map(UUID::fromString)
                .toList();
    }
}
