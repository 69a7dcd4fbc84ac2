package koppel.webhook.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.webhook.control.WebhookSettings;

/**
 * Sends a batch of deliveries (see {@link WebhookSettings#batch()}): those a fan-out or a recovery
 * claimed and signed, ready to post, or those to claim first. No transaction spans the message:
 * {@link Courier} claims (when needed) in a transaction of its own and posts, and the {@link
 * AttemptRecorder} records the attempts with those of other consumers; an HTTP failure is an
 * attempt row, never a rollback. Should the database fail, the message is dropped with a warning:
 * the delivery is still due there, and {@link DeliveryTimer} queues it again.
 */
@JMSDestinationDefinition(
        name = DeliveryConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "KoppelWebhookDeliveries")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeliveryConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/WebhookDeliveries";

    /** The message property that says what started the attempt. */
    public static final String TRIGGER = "trigger";

    private static final Logger LOG = Logger.getLogger(DeliveryConsumer.class.getName());

    @EJB
    private Courier courier;

    @Inject
    private AttemptRecorder recorder;

    @Override
    public void onMessage(Message message) {
        Runnable work;
        try {
            String body = message.getBody(String.class);
            String trigger =
                    Optional.ofNullable(message.getStringProperty(TRIGGER)).orElse(Courier.SCHEDULED);
            String claimedAt = message.getStringProperty(WebhookQueues.CLAIMED_AT);
            if (claimedAt != null) {
                Map<UUID, Shipment> claimed = WebhookQueues.shipments(body);
                Instant at = Instant.parse(claimedAt);
                work = () -> recorder.record(courier.sendClaimed(claimed, at, trigger));
            } else {
                List<UUID> batch = WebhookQueues.ids(body);
                work = () -> recorder.record(courier.deliverDue(batch, trigger));
            }
        } catch (JMSException | RuntimeException e) {
            // only a message this class did not write: malformed ids, JSON or time
            LOG.log(Level.WARNING, "Unreadable webhook delivery message dropped", e);
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries of a message left for the next poll", e);
        }
    }
}
