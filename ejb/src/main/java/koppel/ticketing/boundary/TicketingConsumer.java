package koppel.ticketing.boundary;

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
 * Does what {@link TicketingQueue} asks: pushes a session group's event or pulls a link's sales. No
 * transaction spans the message (the exchanges with the ticketing system happen between
 * transactions of their own); a failure is recorded on the link, never a rollback, and a message
 * that could not be handled is dropped with a warning: the database still says what is due.
 */
@JMSDestinationDefinition(
        name = TicketingConsumer.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "KoppelTicketing")
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = TicketingConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketingConsumer implements MessageListener {

    public static final String QUEUE = "java:app/jms/Ticketing";

    private static final Logger LOG = Logger.getLogger(TicketingConsumer.class.getName());

    @EJB
    private Pusher pusher;

    @EJB
    private Puller puller;

    @Override
    public void onMessage(Message message) {
        String[] parts;
        UUID id;
        try {
            parts = message.getBody(String.class).split(" ");
            id = UUID.fromString(parts[1]);
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable ticketing message dropped", e);
            return;
        }
        try {
            if (TicketingQueue.PUSH.equals(parts[0])) {
                pusher.push(id, parts[2]);
            } else {
                puller.pull(id, parts[2]);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Ticketing work on " + id + " left for the timer");
        }
    }
}
