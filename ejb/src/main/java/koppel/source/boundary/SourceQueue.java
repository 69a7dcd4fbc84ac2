package koppel.source.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.util.UUID;
import koppel.common.control.Broker;

/**
 * What integrations send through JMS: "send this integration's waiting changes", "pull its third
 * party's". In a transaction the message leaves when it commits. The database holds the work
 * (changes in {@code source_changes}, pulls by {@code next_pull}), so messages are not persistent:
 * {@link SourceTimer} makes good those a crash takes.
 */
@ApplicationScoped
public class SourceQueue {

    static final String PUSH = "push";
    static final String PULL = "pull";

    @Inject
    private Broker broker;

    @Resource(lookup = SourceConsumer.QUEUE)
    private Queue queue;

    /** Asks for the integration's waiting changes to be sent. */
    public void push(UUID integration) {
        send(PUSH + " " + integration + " " + Syncs.CHANGE);
    }

    /** Asks for the integration's third party to be pulled, saying who asked ({@link Syncs#SCHEDULE}, ...). */
    public void pull(UUID integration, String trigger) {
        send(PULL + " " + integration + " " + trigger);
    }

    private void send(String text) {
        broker.sendWork(queue, text, "an integration source message");
    }
}
