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
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.webhook.control.WebhookSettings;

/**
 * Fans a committed event out into its deliveries and makes the first attempt of up to
 * {@link WebhookSettings#batch()} of them itself, claimed in the fan-out's transaction: the
 * usual event, with a handful of endpoints, takes no second message and no claim of its own. The
 * queue is declared here, on the message-driven bean itself (see HeartbeatConsumer for why). A
 * failing fan-out is thrown back for the broker to redeliver the message; the event stays
 * undispatched in the database either way. Once the fan-out has committed, a failure to post or
 * record is left to {@link DeliveryTimer}, as in {@link DeliveryConsumer}.
 */
@JMSDestinationDefinition(
        name = EventConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "KoppelWebhookEvents")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = EventConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/WebhookEvents";

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());

    @EJB
    private Dispatcher dispatcher;

    @EJB
    private Courier courier;

    @Inject
    private WebhookSettings settings;

    @Override
    public void onMessage(Message message) {
        UUID event;
        try {
            event = UUID.fromString(message.getBody(String.class));
        } catch (JMSException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable webhook event message", e);
        }
        Map<UUID, Shipment> claimed = dispatcher.fanOut(event, settings.batch());
        try {
            courier.send(claimed, Courier.SCHEDULED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Deliveries " + claimed.keySet() + " left for the next poll");
        }
    }
}
