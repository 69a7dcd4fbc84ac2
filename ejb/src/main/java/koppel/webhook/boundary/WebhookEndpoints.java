package koppel.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.ConflictException;
import koppel.common.FieldErrors;
import koppel.common.ForeignResourceException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.SecretBox;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.common.control.Writes;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.webhook.control.Signer;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.EventType;
import koppel.webhook.entity.RetiredSecret;
import koppel.webhook.entity.TargetRefusal;
import koppel.webhook.entity.WebhookDelivery;
import koppel.webhook.entity.WebhookEndpoint;
import koppel.webhook.entity.WebhookIntegration;

/**
 * A team's webhook endpoints, for the API and the admin UI: list, read, create, replace (or create
 * under a chosen id), delete and rotate the signing secret. Each names an existing integration,
 * known event types and a URL the target guard lets through; its secret is stored encrypted and
 * shown in plain text once, by the write that made it. Another team's endpoint does not exist here.
 */
@Stateless
public class WebhookEndpoints {

    static final Listing<WebhookEndpoint> LISTING = Listing.of(
            WebhookEndpoint.class,
            Field.id("integration", "integrationId"),
            Field.text("url", "url"),
            Field.bool("enabled", "enabled"));

    /**
     * How many secrets rotated out before the previous one may sign at once: a sixth rotation
     * within 24 hours is refused, so that a delivery carries at most six signatures.
     */
    static final int MAX_OLDER_SECRETS = 4;

    /** DRF's words for a choice not offered (GET /api/v1/event-types lists those that are). */
    static final String UNKNOWN_TYPE = "\"%s\" is not a valid choice.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @Inject
    private SecretBox secrets;

    @Inject
    private WebhookSettings settings;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<WebhookEndpoint> list(UUID team, ListQuery query) {
        return LISTING.list(em, Listing.Scope.team(team), query);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookEndpoint get(UUID team, UUID id) {
        return find(team, id, LockModeType.NONE);
    }

    /**
     * Why the URL may not receive webhooks, or empty when it may: what saving checks, for a page
     * to say before saving and in its own language.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<TargetRefusal> refusal(String url) {
        return settings.guard().check(url);
    }

    /** A new endpoint with a new secret, which the answer shows this once. */
    public EndpointWithSecret create(UUID team, EndpointData data) {
        return create(team, UUID.randomUUID(), data);
    }

    /**
     * Replaces the endpoint, or creates it under this id (with a new secret, shown this once); a
     * creating PUT with an If-Match is refused. Its secret and health stay as they are.
     */
    public Written<EndpointWithSecret> put(UUID team, UUID id, EndpointData data, Long expectedVersion) {
        Optional<WebhookEndpoint> existing = Optional.ofNullable(em.find(WebhookEndpoint.class, id));
        if (existing.isEmpty()) {
            Versions.expectAbsent(expectedVersion);
            return new Written<>(create(team, id, data), true);
        }
        WebhookEndpoint endpoint = mine(team, existing.get());
        Versions.expect(endpoint, expectedVersion);
        // checked before the row is locked: the URL's check may wait for a name server
        accept(team, data);
        try {
            em.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException deletedMeanwhile) {
            throw new NoSuchResourceException("The webhook endpoint");
        }
        Versions.expect(endpoint, expectedVersion);
        endpoint.change(data);
        em.flush();
        return new Written<>(new EndpointWithSecret(endpoint, Optional.empty()), false);
    }

    public void delete(UUID team, UUID id, Long expectedVersion) {
        WebhookEndpoint endpoint = find(team, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.expect(endpoint, expectedVersion);
        lockDeliveries(List.of(id));
        em.remove(endpoint);
        em.flush();
    }

    /**
     * Locks the deliveries of endpoints about to be deleted in the order of their ids, the order a
     * claim locks a batch in: the database's cascade would take them in its index's order, and a
     * claim of some of them at the same moment would wait for the delete while holding what the
     * delete waits for.
     */
    public void lockDeliveries(List<UUID> endpoints) {
        if (!endpoints.isEmpty()) {
            em.createNamedQuery(WebhookDelivery.OF_ENDPOINTS, UUID.class)
                    .setParameter("endpoints", endpoints)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
    }

    /**
     * Signs with a new secret from now on, shown this once; the old one keeps signing beside it for
     * {@link WebhookEndpoint#ROTATION_OVERLAP}, so that the receiver can switch without a gap.
     */
    public EndpointWithSecret rotateSecret(UUID team, UUID id) {
        WebhookEndpoint endpoint = find(team, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        em.createNamedQuery(RetiredSecret.EXPIRED)
                .setParameter("endpoint", id)
                .setParameter("at", now)
                .executeUpdate();
        List<RetiredSecret> older = olderSecrets(endpoint, now);
        if (older.size() >= MAX_OLDER_SECRETS) {
            throw new ConflictException("The secret was rotated " + (MAX_OLDER_SECRETS + 1)
                    + " times within 24 hours; the secrets rotated out meanwhile still sign. Rotate again after "
                    + older.get(older.size() - 1).getSignsUntil().truncatedTo(ChronoUnit.SECONDS) + ".");
        }
        String secret = Signer.newSecret();
        endpoint.rotate(secrets.encrypt(secret), now).ifPresent(em::persist);
        em.flush();
        return new EndpointWithSecret(endpoint, Optional.of(secret));
    }

    /** The endpoint's secrets that sign at this moment, decrypted: the current one, then those rotated out since. */
    public List<String> signingKeys(WebhookEndpoint endpoint, Instant at) {
        List<String> sealed = new ArrayList<>(endpoint.signingSecrets(at));
        olderSecrets(endpoint, at).forEach(retired -> sealed.add(retired.getSealedSecret()));
        return sealed.stream().map(secrets::decrypt).toList();
    }

    private List<RetiredSecret> olderSecrets(WebhookEndpoint endpoint, Instant at) {
        if (!endpoint.olderSecretsSign(at)) {
            return List.of();
        }
        return em.createNamedQuery(RetiredSecret.SIGNING, RetiredSecret.class)
                .setParameter("endpoint", endpoint.getId())
                .setParameter("at", at)
                .getResultList();
    }

    /**
     * Refuses data that came with fields of the wrong type (read as absent), reporting with them
     * every rule the rest breaks, so that a caller learns of all mistakes at once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void refuse(EndpointData data, FieldErrors typeErrors) {
        FieldErrors errors = validation.errorsBesides(typeErrors, data);
        checkRules(data, errors);
        throw new InvalidFieldsException(errors);
    }

    private EndpointWithSecret create(UUID team, UUID id, EndpointData data) {
        accept(team, data);
        String secret = Signer.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(id, team, data, secrets.encrypt(secret));
        em.persist(endpoint);
        Writes.flushCreated(em);
        // its row of the cluster's delivery permits (PermitLedger.WEBHOOK_ENDPOINTS), for a max_rate
        em.createNativeQuery("INSERT INTO webhook_rate_permits (endpoint_id) VALUES (?1)")
                .setParameter(1, id)
                .executeUpdate();
        return new EndpointWithSecret(endpoint, Optional.of(secret));
    }

    /** Every rule at once: the constraints, the event types, the URL, the integration; then the team. */
    private void accept(UUID team, EndpointData data) {
        FieldErrors errors = validation.errors(data);
        checkRules(data, errors);
        // locked (shared) until the endpoint is written: an integration deleted at this moment either
        // waits and takes the endpoint with it, or is gone here (H2 would admit the orphan)
        if (data.integration() != null
                && em.find(WebhookIntegration.class, data.integration(), LockModeType.PESSIMISTIC_READ) == null) {
            errors.add("integration", FieldErrors.doesNotExist(data.integration()));
        }
        errors.throwIfAny();
        // by the entity's name: the team feature reports its changes to this one, not the other way
        boolean teamExists = em.createQuery("select count(t) from Team t where t.id = :id", Long.class)
                        .setParameter("id", team)
                        .getSingleResult()
                > 0;
        if (!teamExists) {
            throw new NoSuchResourceException("The team");
        }
    }

    /** The rules beyond the constraints: known event types, at least one, and a URL webhooks may reach. */
    private void checkRules(EndpointData data, FieldErrors errors) {
        data.eventTypes().stream()
                .filter(type -> !EventType.subscribable(type))
                .forEach(unknown -> errors.add("event_types", String.format(UNKNOWN_TYPE, unknown)));
        if (data.eventTypes().isEmpty()) {
            errors.add("event_types", "This list may not be empty.");
        }
        if (data.url() != null && !errors.names(List.of("url"))) {
            settings.guard().refusal(data.url()).ifPresent(refusal -> errors.add("url", refusal));
        }
    }

    private WebhookEndpoint find(UUID team, UUID id, LockModeType lock) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id, lock))
                .map(endpoint -> mine(team, endpoint))
                .orElseThrow(() -> new NoSuchResourceException("The webhook endpoint"));
    }

    /** Another team's endpoint is refused, as every team's resource is. */
    private static WebhookEndpoint mine(UUID team, WebhookEndpoint endpoint) {
        if (!endpoint.belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return endpoint;
    }
}
