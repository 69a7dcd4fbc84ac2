package koppel.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.FieldErrors;
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

    static final String UNKNOWN_TYPE = "Unknown event type: %s. GET /api/v1/event-types lists them.";

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

    /** A new endpoint with a new secret, which the answer shows this once. */
    public EndpointWithSecret create(UUID team, EndpointData data) {
        return create(team, UUID.randomUUID(), data);
    }

    /**
     * Replaces the endpoint, or creates it under this id (with a new secret, shown this once); a
     * creating PUT with an If-Match is refused. Its secret and health stay as they are.
     */
    public Written<EndpointWithSecret> put(UUID team, UUID id, EndpointData data, Long expectedVersion) {
        Optional<WebhookEndpoint> existing =
                Optional.ofNullable(em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (existing.isEmpty()) {
            Versions.expectAbsent(expectedVersion);
            return new Written<>(create(team, id, data), true);
        }
        WebhookEndpoint endpoint = mine(team, existing.get());
        Versions.expect(endpoint, expectedVersion);
        accept(team, data);
        endpoint.change(data);
        em.flush();
        return new Written<>(new EndpointWithSecret(endpoint, Optional.empty()), false);
    }

    public void delete(UUID team, UUID id, Long expectedVersion) {
        WebhookEndpoint endpoint = find(team, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.expect(endpoint, expectedVersion);
        em.remove(endpoint);
        em.flush();
    }

    /**
     * Signs with a new secret from now on, shown this once; the old one keeps signing beside it for
     * {@link WebhookEndpoint#ROTATION_OVERLAP}, so that the receiver can switch without a gap.
     */
    public EndpointWithSecret rotateSecret(UUID team, UUID id) {
        WebhookEndpoint endpoint = find(team, id, LockModeType.PESSIMISTIC_WRITE);
        String secret = Signer.newSecret();
        endpoint.rotate(secrets.encrypt(secret), Instant.now());
        em.flush();
        return new EndpointWithSecret(endpoint, Optional.of(secret));
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
        return new EndpointWithSecret(endpoint, Optional.of(secret));
    }

    /** Every rule at once: the constraints, the event types, the URL; then the integration and team. */
    private void accept(UUID team, EndpointData data) {
        FieldErrors errors = validation.errors(data);
        checkRules(data, errors);
        errors.throwIfAny();
        if (em.find(WebhookIntegration.class, data.integration()) == null) {
            throw InvalidFieldsException.of("integration", "No such webhook integration: " + data.integration() + ".");
        }
        // by the entity's name: the team feature reports its changes to this one, not the other way
        boolean teamExists = em.createQuery("select count(t) from Team t where t.id = :id", Long.class)
                        .setParameter("id", team)
                        .getSingleResult()
                > 0;
        if (!teamExists) {
            throw new NoSuchResourceException("The team");
        }
    }

    /** The rules beyond the constraints: known event types, and a URL webhooks may reach. */
    private void checkRules(EndpointData data, FieldErrors errors) {
        List<String> unknown = data.eventTypes().stream()
                .filter(type -> !EventType.subscribable(type))
                .toList();
        if (!unknown.isEmpty()) {
            errors.add("event_types", String.format(UNKNOWN_TYPE, String.join(", ", unknown)));
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

    /** Another team's endpoint is not found here: its URL and health are that team's business. */
    private static WebhookEndpoint mine(UUID team, WebhookEndpoint endpoint) {
        if (!endpoint.belongsTo(team)) {
            throw new NoSuchResourceException("The webhook endpoint");
        }
        return endpoint;
    }
}
