package koppel.common.control;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

/**
 * Sends "work to do now" as a short text message: not persistent, because the database holds the
 * work and a timer makes good a message a crash takes. In a transaction it leaves when that commits.
 */
public final class WorkMessages {

    private WorkMessages() {}

    /** Sends the text to the queue; {@code what} names the work for the failure's message. */
    public static void send(ConnectionFactory factory, Queue queue, String text, String what) {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(queue);
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            producer.send(session.createTextMessage(text));
        } catch (JMSException e) {
            throw new IllegalStateException("The broker refused " + what, e);
        }
    }
}
