package koppel.system.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;

/**
 * Receives heartbeats. The queue is declared here, on the message-driven bean itself: declared on
 * another bean, Payara fails redeployments with "Invalid destinationLookup".
 */
@JMSDestinationDefinition(
        name = HeartbeatConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "KoppelHeartbeats")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = HeartbeatConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class HeartbeatConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/Heartbeats";

    @EJB
    private Heartbeats heartbeats;

    @Override
    public void onMessage(Message message) {
        try {
            heartbeats.receive(UUID.fromString(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable heartbeat message", e);
        }
    }
}
