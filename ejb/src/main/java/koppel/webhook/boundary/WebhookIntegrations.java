package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.common.control.Writes;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.webhook.entity.IntegrationData;
import koppel.webhook.entity.WebhookIntegration;

/**
 * The webhook integrations of the installation, for the API and the admin UI: list, read, create,
 * replace (or create under a chosen id) and delete. Names are unique, case and surrounding space
 * aside, as for ticketing links; deleting one deletes its endpoints, and its keys act for none.
 */
@Stateless
public class WebhookIntegrations {

    public static final String NAME_TAKEN = "A webhook integration with this name already exists.";

    static final Listing<WebhookIntegration> LISTING = Listing.of(WebhookIntegration.class, Field.text("name", "name"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @EJB
    private WebhookEndpoints endpoints;

    /** Reads join a caller's transaction if there is one and start none: a read has nothing to commit. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<WebhookIntegration> list(ListQuery query) {
        return LISTING.list(em, Listing.Scope.all(), query);
    }

    /** All of them, oldest first, for the admin UI's choices. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookIntegration> list() {
        return em.createNamedQuery(WebhookIntegration.ALL, WebhookIntegration.class)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<WebhookIntegration> find(UUID id) {
        return Optional.ofNullable(em.find(WebhookIntegration.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookIntegration get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The webhook integration"));
    }

    public WebhookIntegration create(IntegrationData data) {
        WebhookIntegration integration = add(UUID.randomUUID(), data);
        UniqueNames.flush(em, NAME_TAKEN);
        return integration;
    }

    /** Replaces the integration, or creates it under this id; a creating PUT with an If-Match is refused. */
    public Written<WebhookIntegration> put(UUID id, IntegrationData data, Long expectedVersion) {
        Optional<WebhookIntegration> existing =
                Optional.ofNullable(em.find(WebhookIntegration.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (existing.isEmpty()) {
            Versions.expectAbsent(expectedVersion);
            WebhookIntegration integration = add(id, data);
            // a parallel PUT of this id, or of this name: sent again, it replaces or learns which
            Writes.flushCreated(em);
            return new Written<>(integration, true);
        }
        WebhookIntegration integration = existing.get();
        Versions.expect(integration, expectedVersion);
        check(id, data);
        integration.change(data);
        UniqueNames.flush(em, NAME_TAKEN);
        return new Written<>(integration, false);
    }

    /** Deletes the integration with its endpoints; keys linked to it act for none from then on. */
    public void delete(UUID id, Long expectedVersion) {
        WebhookIntegration integration = Optional.ofNullable(
                        em.find(WebhookIntegration.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NoSuchResourceException("The webhook integration"));
        Versions.expect(integration, expectedVersion);
        endpoints.lockDeliveries(
                em.createQuery("select e.id from WebhookEndpoint e where e.integrationId = :integration", UUID.class)
                        .setParameter("integration", id)
                        .getResultList());
        em.remove(integration);
        em.flush();
    }

    /**
     * Refuses data that came with fields of the wrong type (read as absent), reporting with them
     * every rule the rest breaks, so that a caller learns of all mistakes at once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void refuse(IntegrationData data, FieldErrors typeErrors) {
        throw new InvalidFieldsException(validation.errorsBesides(typeErrors, data));
    }

    /** A new integration, checked and persisted, not yet written. */
    private WebhookIntegration add(UUID id, IntegrationData data) {
        check(null, data);
        WebhookIntegration integration = new WebhookIntegration(id, data);
        em.persist(integration);
        return integration;
    }

    private void check(UUID self, IntegrationData data) {
        validation.check(data);
        UniqueNames.refuseTaken(em, WebhookIntegration.class, data.name(), self, NAME_TAKEN);
    }
}
