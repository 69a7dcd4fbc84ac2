package koppel.common.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * The one way Koppel talks to its broker, in the JMS 1.1 API (connection, session, producer) that
 * every resource adapter offers: Payara Server's OpenMQ, WildFly's Artemis, and the ActiveMQ
 * adapter of Payara Micro, which has no {@code JMSContext}. Inside a transaction, {@link #send}'s
 * session joins it, so its messages leave when it commits; {@link #sendWork} waits for the commit
 * instead ({@link AfterCommit}), so that the transaction keeps one resource.
 *
 * <p>The connection factory is the server's default one; Payara Micro has none, and its own
 * {@code web.xml} points this reference (by its name, {@code koppel.common.control.Broker/factory})
 * at the adapter's.
 */
@ApplicationScoped
public class Broker {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory factory;

    @Inject
    private AfterCommit afterCommit;

    /** Writes messages with a producer of the destination's session. */
    @FunctionalInterface
    public interface Writer {
        void write(Session session, MessageProducer producer) throws JMSException;
    }

    /**
     * Sends "work to do now" as a short text message: not persistent, because the database holds
     * the work and a timer makes good a message a crash or a broker away takes. In a transaction
     * it leaves once the transaction has committed (the same message once), outside the
     * transaction: the work it announces is in the database by then, and a broker that refuses
     * it does not undo the change. {@code what} names the work for the failure's message.
     */
    public void sendWork(Destination destination, String text, String what) {
        afterCommit.run(
                new Work(destination, text), () -> sendText(destination, DeliveryMode.NON_PERSISTENT, text, what));
    }

    /** A message of work, as the key that sends it once per transaction. */
    private record Work(Destination destination, String text) {}

    /** Sends one text message with this delivery mode; {@code what} names it for the failure's message. */
    public void sendText(Destination destination, int deliveryMode, String text, String what) {
        send(destination, deliveryMode, what, (session, producer) -> producer.send(session.createTextMessage(text)));
    }

    /** Sends what the writer writes with a producer of this delivery mode. */
    public void send(Destination destination, int deliveryMode, String what, Writer writer) {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(destination);
            producer.setDeliveryMode(deliveryMode);
            writer.write(session, producer);
        } catch (JMSException e) {
            throw new IllegalStateException("The broker refused " + what, e);
        }
    }

    /** Connects to the broker and leaves again; fails when it cannot. */
    public void connect() {
        try (Connection connection = factory.createConnection()) {
            connection.getMetaData();
        } catch (JMSException e) {
            throw new IllegalStateException("No connection to the broker", e);
        }
    }
}
