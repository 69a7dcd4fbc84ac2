package koppel.webhook.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.webhook.control.WebhookSettings;

/**
 * Sends a batch of deliveries (see {@link WebhookSettings#batch()}). No transaction spans the message: the delivery is claimed, posted and
 * recorded by {@link Courier} in transactions of its own, and an HTTP failure is an attempt row,
 * never a rollback. Should the database fail, the message is dropped with a warning: the delivery
 * is still due there, and {@link DeliveryTimer} queues it again.
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

    @Override
    public void onMessage(Message message) {
        List<UUID> batch;
        String trigger;
        try {
            batch = WebhookQueues.ids(message.getBody(String.class));
            trigger = message.getStringProperty(TRIGGER);
        } catch (JMSException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Unreadable webhook delivery message dropped", e);
            return;
        }
        try {
            courier.deliver(batch, trigger == null ? Courier.SCHEDULED : trigger);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Deliveries " + batch + " left for the next poll");
        }
    }
}
