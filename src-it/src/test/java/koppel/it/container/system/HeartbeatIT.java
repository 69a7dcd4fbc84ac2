package koppel.it.container.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import koppel.it.Deployments;
import koppel.system.boundary.HeartbeatConsumer;
import koppel.system.boundary.Heartbeats;
import koppel.system.entity.Heartbeat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message goes through the server's broker and comes back into the database through the
 * message-driven bean, inside the real EAR: the path webhook deliveries take. A message that keeps
 * failing is redelivered up to the broker's limit, then dead-lettered.
 */
@ExtendWith(ArquillianExtension.class)
class HeartbeatIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    private Heartbeats heartbeats;

    @Inject
    private JMSContext jms;

    @Resource(lookup = HeartbeatConsumer.QUEUE)
    private Queue queue;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(HeartbeatIT.class);
    }

    @Test
    void aHeartbeatMakesTheRoundTripThroughTheBroker() throws InterruptedException {
        UUID sent = heartbeats.send();

        Heartbeat received = awaitReceived(sent);
        assertTrue(received.roundTrip().orElseThrow().compareTo(DEADLINE) < 0);
    }

    @Test
    void everyOneOfManyHeartbeatsArrives() throws InterruptedException {
        List<UUID> sent =
                IntStream.range(0, 20).mapToObj(i -> heartbeats.send()).toList();

        for (UUID id : sent) {
            assertTrue(awaitReceived(id).getReceivedAt().isPresent());
        }
    }

    @Test
    void aMessageThatKeepsFailingEndsInTheDeadLetterQueue() throws Exception {
        String poison = UUID.randomUUID().toString();
        jms.createProducer().send(queue, poison);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!deadLetters().contains(poison)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Message " + poison + " was not dead-lettered within 60 s");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertFalse(bodies(queue).contains(poison), "still queued for delivery");
    }

    /** The bodies in the broker's dead-letter queue: Artemis's DLQ on WildFly, OpenMQ's mq.sys.dmq on Payara. */
    private List<String> deadLetters() throws Exception {
        boolean artemis = jms.getMetaData().getJMSProviderName().contains("ActiveMQ");
        Queue deadLetters =
                artemis ? (Queue) new InitialContext().lookup("java:/jms/queue/DLQ") : jms.createQueue("mq.sys.dmq");
        return bodies(deadLetters);
    }

    private List<String> bodies(Queue source) throws JMSException {
        List<String> bodies = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(source)) {
            for (Message message : Collections.list((Enumeration<Message>) browser.getEnumeration())) {
                if (message instanceof TextMessage text) {
                    bodies.add(text.getText());
                }
            }
        }
        return bodies;
    }

    private Heartbeat awaitReceived(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            Optional<Heartbeat> heartbeat =
                    heartbeats.find(id).filter(h -> h.getReceivedAt().isPresent());
            if (heartbeat.isPresent()) {
                return heartbeat.get();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return fail("Heartbeat " + id + " did not come back within " + DEADLINE);
    }
}
