package koppel.it.system;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import koppel.it.Deployments;
import koppel.system.boundary.Heartbeats;
import koppel.system.entity.Heartbeat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message goes through the server's broker and comes back into the database through the
 * message-driven bean, inside the real EAR: the path webhook deliveries take.
 */
@ExtendWith(ArquillianExtension.class)
class HeartbeatIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    private Heartbeats heartbeats;

    @Deployment
    static EnterpriseArchive deployment() {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, Deployments.TEST_MODULE)
                .addClass(HeartbeatIT.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return Deployments.koppelWith(Testable.archiveToTest(tests));
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
