package koppel.ticketing.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.util.UUID;
import koppel.common.control.Broker;

/**
 * What ticketing links send through JMS: "push this session group", "pull this link's sales". In a
 * transaction the message leaves when it commits. The database holds the work (a push is due in
 * {@code ticketing_events}), so messages are not persistent: {@link TicketingTimer} makes good
 * those a crash takes.
 */
@ApplicationScoped
public class TicketingQueue {

    static final String PUSH = "push";
    static final String PULL = "pull";

    @Inject
    private Broker broker;

    @Resource(lookup = TicketingConsumer.QUEUE)
    private Queue queue;

    /** Asks for the session group's event to be pushed. */
    public void push(UUID sessionGroup) {
        send(PUSH + " " + sessionGroup + " " + Pusher.CHANGE);
    }

    /** Asks for the link's sales to be pulled, saying who asked ({@link Puller#SCHEDULE}, ...). */
    public void pull(UUID link, String trigger) {
        send(PULL + " " + link + " " + trigger);
    }

    private void send(String text) {
        broker.sendWork(queue, text, "a ticketing message");
    }
}
