package koppel.apikey.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import koppel.apikey.control.Throttle;

/**
 * Tells this server instance that a key changed or was deleted on some instance: its cached copy
 * and counts are dropped, so its next request reads the key again. The topic is declared here, on
 * the message-driven bean itself (see HeartbeatConsumer for why).
 */
@JMSDestinationDefinition(
        name = KeyChangeConsumer.TOPIC,
        interfaceName = "jakarta.jms.Topic",
        destinationName = "KoppelKeyChanges")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = KeyChangeConsumer.TOPIC),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
        })
public class KeyChangeConsumer implements MessageListener {

    public static final String TOPIC = "java:app/jms/KeyChanges";

    @Inject
    private KeyCache cache;

    @Inject
    private Throttle throttle;

    @Override
    public void onMessage(Message message) {
        try {
            UUID key = UUID.fromString(message.getBody(String.class));
            cache.evict(key);
            throttle.forget(key);
        } catch (JMSException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable key change message", e);
        }
    }
}
