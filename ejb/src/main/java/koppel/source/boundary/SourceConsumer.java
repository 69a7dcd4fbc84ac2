package koppel.source.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Does what {@link SourceQueue} asks: sends an integration's waiting changes or pulls its third
 * party's. No transaction spans the message (the exchanges happen between transactions of their
 * own); a failure is recorded as a failed run, and a message that could not be handled is dropped
 * with a warning: the database still says what is due.
 */
@JMSDestinationDefinition(
        name = SourceConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "KoppelSources")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = SourceConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourceConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/Sources";

    private static final Logger LOG = Logger.getLogger(SourceConsumer.class.getName());

    @EJB
    private Syncs syncs;

    @Override
    public void onMessage(Message message) {
        String[] parts;
        UUID id;
        try {
            parts = message.getBody(String.class).split(" ");
            id = UUID.fromString(parts[1]);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable integration source message dropped", e);
            return;
        }
        try {
            if (SourceQueue.PUSH.equals(parts[0])) {
                syncs.push(id);
            } else {
                syncs.pull(id, parts[2]);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Integration source work on " + id + " left for the timer");
        }
    }
}
