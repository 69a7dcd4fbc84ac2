package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.Poster.Parcel;
import koppel.webhook.control.WebhookSettings;

/**
 * One attempt of each of a batch of deliveries, in three steps of which only the first and last
 * touch the database: claim (one transaction for the batch, unless a fan-out or a recovery has
 * claimed them already), post (all at once, with no transaction and no lock held while the
 * receivers take their time), record (the caller's: a consumer hands the batch to the {@link
 * AttemptRecorder}, a ping records it at once).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Courier {

    /** Attempts the schedule makes: the first, and the retries. */
    public static final String SCHEDULED = "scheduled";

    /** Attempts an administrator or integrator asked for (retry, recover, replay). */
    public static final String MANUAL = "manual";

    /** The test event of a ping. */
    public static final String PING = "ping";

    /** Room left between the latest start of a claimed attempt and its end at the claim's end. */
    private static final Duration START_MARGIN = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(Courier.class.getName());

    @EJB
    private Deliveries deliveries;

    @Inject
    private WebhookSettings settings;

    /**
     * Attempts the delivery if it is due and free, and records the attempt before answering; empty
     * when another sender has it or it is not due.
     */
    public Optional<Outcome> deliver(UUID delivery, String trigger) {
        Sent sent = deliverDue(List.of(delivery), trigger);
        deliveries.record(List.of(sent));
        return Optional.ofNullable(sent.outcomes().get(delivery));
    }

    /**
     * Attempts those of these deliveries that are due and free, all posted at once; what was sent,
     * for the caller to record.
     */
    public Sent deliverDue(List<UUID> batch, String trigger) {
        return send(deliveries.claim(batch), trigger);
    }

    /**
     * Posts deliveries claimed and signed at {@code claimedAt} ({@link WebhookQueues#post}), when
     * their claim still has room for a whole attempt; leaves them to the timer otherwise (a
     * message that waited that long), which queues them once the claim has run out, so that no
     * other sender can take them meanwhile. Answers with what was sent, for the caller to record.
     */
    public Sent sendClaimed(Map<UUID, Shipment> claimed, Instant claimedAt, String trigger) {
        Instant lastStart =
                claimedAt.plus(settings.claimLength()).minus(settings.timeout()).minus(START_MARGIN);
        if (Instant.now().isAfter(lastStart)) {
            LOG.warning(() -> claimed.size() + " claimed webhook deliveries waited too long in the queue;"
                    + " left for the timer");
            return Sent.nothing(trigger);
        }
        return send(claimed, trigger);
    }

    /** Posts these claimed deliveries at once. */
    private Sent send(Map<UUID, Shipment> claimed, String trigger) {
        if (claimed.isEmpty()) {
            return Sent.nothing(trigger);
        }
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        List<UUID> sent = new ArrayList<>();
        List<Parcel> parcels = new ArrayList<>();
        claimed.forEach((id, shipment) -> {
            Optional<String> refusal =
                    settings.guard().refusal(shipment.parcel().url());
            if (refusal.isPresent()) {
                outcomes.put(id, new Outcome(null, null, "Not sent: " + refusal.get(), 0));
            } else {
                sent.add(id);
                parcels.add(shipment.parcel());
            }
        });
        List<Outcome> posted = settings.poster().postAll(parcels);
        for (int i = 0; i < sent.size(); i++) {
            outcomes.put(sent.get(i), posted.get(i));
        }
        return new Sent(claimed, outcomes, trigger);
    }
}
