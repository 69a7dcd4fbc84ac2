package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.WebhookSettings;

/**
 * One attempt of a delivery, in three steps of which only the first and last touch the database,
 * each in a transaction of its own: claim, post (no transaction and no lock held while the
 * receiver takes its time), record.
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
        Optional<Shipment> shipment = deliveries.claim(delivery, trigger);
        if (shipment.isEmpty()) {
            return Optional.empty();
        }
        Shipment parcel = shipment.get();
        Outcome outcome = settings.guard()
                .refusal(parcel.url())
                .map(reason -> new Outcome(null, null, "Not sent: " + reason, 0))
                .orElseGet(() -> settings.poster().post(parcel.url(), parcel.headers(), parcel.body()));
        deliveries.record(delivery, outcome, trigger, parcel.healthCurrent());
        return Optional.of(outcome);
    }
}
