package koppel.webhook.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;

/**
 * Fans a committed event out into its deliveries. The queue is declared here, on the
 * message-driven bean itself (see HeartbeatConsumer for why). A failure rolls the message back
 * for the broker to redeliver; the event stays undispatched in the database either way.
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
public class EventConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/WebhookEvents";

    @EJB
    private Dispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        try {
            dispatcher.fanOut(UUID.fromString(message.getBody(String.class)));
        } catch (JMSException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable webhook event message", e);
        }
    }
}
