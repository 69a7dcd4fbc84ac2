package koppel.system.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;

/**
 * Receives heartbeats. The queue is declared here, on the message-driven bean itself: declared on
 * another bean, Payara fails redeployments with "Invalid destinationLookup".
 *
 * <p>A heartbeat the database does not know rolls its delivery back, so the broker redelivers it
 * up to its limit and then moves it to the dead-letter queue: the poison-message path every
 * consumer relies on.
 */
@JMSDestinationDefinition(
        name = HeartbeatConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = HeartbeatConsumer.QUEUE_NAME)
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = HeartbeatConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class HeartbeatConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/Heartbeats";
    public static final String QUEUE_NAME = "KoppelHeartbeats";

    @EJB
    private Heartbeats heartbeats;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        if (!heartbeats.receive(readId(message))) {
            context.setRollbackOnly();
        }
    }

    private static UUID readId(Message message) {
        try {
            return UUID.fromString(message.getBody(String.class));
        } catch (JMSException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable heartbeat message", e);
        }
    }
}
