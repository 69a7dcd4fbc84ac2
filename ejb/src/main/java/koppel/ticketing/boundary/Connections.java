package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.NoSuchResourceException;
import koppel.common.control.SecretBox;
import koppel.external.ConfigField;
import koppel.external.ExternalException;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.entity.TicketingRun;
import koppel.ticketing.provider.TicketingProvider;
import koppel.ticketing.provider.TicketingProviders;
import koppel.ticketing.provider.TicketingSystem;

/**
 * The ticketing system a link reaches (its provider, given the link's configuration with secrets
 * readable), and the verification of the link's settings.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Connections {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketingProviders providers;

    @EJB
    private Runs runs;

    @Inject
    private SecretBox secrets;

    /** What a verification found: whether the call passed, and in words what it confirmed or what failed. */
    public record Verification(boolean passed, String message) {}

    /**
     * Makes a real signed call to the link's ticketing system and says what came of it, in the
     * system's own words when it refused; the result is logged on the link.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify(UUID linkId) {
        Instant started = Instant.now();
        TicketingLink link = em.find(TicketingLink.class, linkId);
        if (link == null) {
            throw new NoSuchResourceException("The link");
        }
        Verification verification;
        try {
            verification = new Verification(
                    true,
                    of(link).orElseThrow(() -> new ExternalException(
                                    ExternalException.Reason.REFUSED, "The link has no integration type."))
                            .verify());
        } catch (ExternalException e) {
            verification = new Verification(false, e.getMessage());
        }
        runs.record(new TicketingRun(linkId, TicketingRun.Kind.VERIFY, Puller.MANUAL, started, null)
                .end(
                        verification.passed() ? TicketingRun.Outcome.OK : TicketingRun.Outcome.ERROR,
                        1,
                        0,
                        verification.passed() ? 0 : 1,
                        verification.message()));
        return verification;
    }

    /** The system, or empty when the link has no provider (or one no longer deployed). */
    public Optional<TicketingSystem> of(TicketingLink link) {
        Optional<TicketingProvider> provider = link.getProvider().flatMap(providers::find);
        return provider.map(found -> found.connect(readable(found, link.getConfiguration())));
    }

    private Map<String, String> readable(TicketingProvider provider, Map<String, String> stored) {
        Map<String, String> plain = new HashMap<>(stored);
        for (ConfigField field : provider.fields()) {
            if (field.isSecret() && stored.containsKey(field.name())) {
                plain.put(field.name(), secrets.decrypt(stored.get(field.name())));
            }
        }
        return plain;
    }
}
