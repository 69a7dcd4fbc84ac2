package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.Poster.Parcel;
import koppel.webhook.control.WebhookSettings;

/**
 * One attempt of each of a batch of deliveries, in three steps of which only the first and last
 * touch the database, each one transaction for the whole batch: claim, post (all at once, with no
 * transaction and no lock held while the receivers take their time), record.
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

    @EJB
    private Deliveries deliveries;

    @Inject
    private WebhookSettings settings;

    /** Attempts the delivery if it is due and free; empty when another sender has it or it is not due. */
    public Optional<Outcome> deliver(UUID delivery, String trigger) {
        return Optional.ofNullable(deliver(List.of(delivery), trigger).get(delivery));
    }

    /**
     * Attempts those of these deliveries that are due and free, all posted at once, and answers
     * with the outcome of each one attempted.
     */
    public Map<UUID, Outcome> deliver(List<UUID> batch, String trigger) {
        return send(deliveries.claim(batch, trigger), trigger);
    }

    /** Posts these claimed deliveries at once and records each attempt. */
    public Map<UUID, Outcome> send(Map<UUID, Shipment> claimed, String trigger) {
        if (claimed.isEmpty()) {
            return Map.of();
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
        deliveries.record(claimed, outcomes, trigger);
        return outcomes;
    }
}
