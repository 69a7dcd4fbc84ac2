package koppel.system.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import koppel.common.control.Broker;
import koppel.system.entity.Heartbeat;

/**
 * Sends a message through the broker and records its arrival: the same path as webhook deliveries
 * (row and message in one transaction, message-driven bean after commit).
 */
@Stateless
public class Heartbeats {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Broker broker;

    @Resource(lookup = HeartbeatConsumer.QUEUE)
    private Queue queue;

    /** Records a heartbeat and queues it; the message leaves only if the transaction commits. */
    public UUID send() {
        Heartbeat heartbeat = new Heartbeat();
        em.persist(heartbeat);
        broker.sendText(queue, DeliveryMode.PERSISTENT, heartbeat.getId().toString(), "a heartbeat");
        return heartbeat.getId();
    }

    /** Marks the heartbeat received; false when there is no such heartbeat. */
    public boolean receive(UUID id) {
        Optional<Heartbeat> heartbeat = find(id);
        heartbeat.ifPresent(Heartbeat::received);
        return heartbeat.isPresent();
    }

    public Optional<Heartbeat> find(UUID id) {
        return Optional.ofNullable(em.find(Heartbeat.class, id));
    }
}
