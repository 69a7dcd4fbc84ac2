package koppel.apikey.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.apikey.control.Throttle;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ApiKeyUsage;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.KeySecret;
import koppel.common.BusinessException;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Broker;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.common.control.Writes;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import koppel.user.boundary.UserChanged;
import koppel.user.entity.User;

/**
 * API keys: issuing, changing, rolling and deleting them for the admin UI and the API. Every change
 * of a key is announced on the key-change topic, so that every instance drops its cached copy;
 * {@link Admissions} checks keys on every request.
 */
@Stateless
public class ApiKeys {

    public static final String NAME_TAKEN = "This user already has a key with this name.";

    public static final Duration MAX_GRACE = Duration.ofDays(30);

    private static final Listing<ApiKey> LISTING = Listing.of(
            ApiKey.class,
            Field.text("name", "name"),
            Field.text("user", "user.username"),
            Field.dateTime("expires_at", "expiresAt"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private KeyCache cache;

    @Inject
    private Throttle throttle;

    @Inject
    private Broker broker;

    @Inject
    private Validation validation;

    @Resource(lookup = KeyChangeConsumer.TOPIC)
    private Topic keyChanges;

    @EJB
    private Teams teams;

    /** Issues a key to a user; its name (case and surrounding space aside) must not be another of theirs. */
    public IssuedKey create(UUID userId, Grant grant) {
        validation.check(grant);
        User user = Optional.ofNullable(em.find(User.class, userId))
                .orElseThrow(() -> InvalidFieldsException.of("user", "No such user."));
        checkTeamsExist(grant);
        UniqueNames.refuseTaken(em, ApiKey.class, grant.name(), null, "user", user, NAME_TAKEN);
        KeySecret secret = KeySecret.generate();
        ApiKey key = new ApiKey(user, secret, grant);
        em.persist(key);
        em.persist(new ApiKeyUsage(key.getId()));
        UniqueNames.flush(em, NAME_TAKEN);
        return new IssuedKey(key, secret);
    }

    /** One page of the keys, ordered by "name", "user", "created" or "expires_at" ("-" first: descending). */
    public Page<KeyOverview> list(ListQuery query) {
        Page<ApiKey> page = LISTING.list(em, Listing.Scope.all(), query);
        return new Page<>(
                page.count(), page.items().stream().map(this::overview).toList(), page.offset(), page.limit());
    }

    private KeyOverview overview(ApiKey key) {
        ApiKeyUsage usage = em.find(ApiKeyUsage.class, key.getId());
        return new KeyOverview(
                key,
                key.getUser().getUsername(),
                key.getUser().isEnabled(),
                usage.getLastUsedAt().orElse(null),
                usage.getLastUsedIp().orElse(null));
    }

    /** The keys of a user: those that stop working when the user is disabled or deleted. */
    public List<ApiKey> ownedBy(UUID userId) {
        User user = em.getReference(User.class, userId);
        return em.createNamedQuery(ApiKey.BY_USER, ApiKey.class)
                .setParameter("user", user)
                .getResultList();
    }

    public Optional<ApiKey> find(UUID id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public ApiKey change(UUID id, Grant grant) {
        validation.check(grant);
        checkTeamsExist(grant);
        ApiKey key = changing(id);
        UniqueNames.refuseTaken(em, ApiKey.class, grant.name(), id, "user", key.getUser(), NAME_TAKEN);
        key.change(grant);
        UniqueNames.flush(em, NAME_TAKEN);
        return key;
    }

    /**
     * Changes what the key may do and which link and webhook integration it acts for, at once, if
     * the caller's copy is current ({@code expectedVersion} null: any).
     */
    public ApiKey change(UUID id, Grant grant, UUID ticketingLink, UUID webhookIntegration, Long expectedVersion) {
        checkLinkExists(ticketingLink);
        checkIntegrationExists(webhookIntegration);
        Versions.expect(find(id).orElseThrow(() -> new NoSuchResourceException("The API key")), expectedVersion);
        ApiKey key = change(id, grant);
        key.linkTo(ticketingLink, webhookIntegration);
        return key;
    }

    public Optional<KeyOverview> overview(UUID id) {
        return find(id).map(this::overview);
    }

    /** Creates a team on behalf of a key, which may act on it from then on. */
    public Team createTeam(UUID keyId, String name) {
        // the team first: a parallel create of the same name waits on its unique index and is
        // then refused, and the key's lock is held only for the grant, not for the whole create
        Team team = teams.create(name);
        changing(keyId).grantTeam(team.getId());
        return team;
    }

    /** Links a key to the ticketing link or webhook integration it acts for; null for none. */
    public ApiKey link(UUID id, UUID ticketingLink, UUID webhookIntegration) {
        checkLinkExists(ticketingLink);
        checkIntegrationExists(webhookIntegration);
        ApiKey key = changing(id);
        key.linkTo(ticketingLink, webhookIntegration);
        return key;
    }

    /** A new secret for the key; the old one keeps working for {@code grace} (at most 30 days). */
    public IssuedKey roll(UUID id, Duration grace) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new BusinessException("grace", "The grace period is 0 to 30 days.");
        }
        ApiKey key = changing(id);
        KeySecret secret = KeySecret.generate();
        Instant now = Instant.now();
        key.roll(secret, now.plus(grace), now);
        return new IssuedKey(key, secret);
    }

    /** Deletes the key; its very next request, on any server instance, is refused. */
    public void delete(UUID id) {
        ApiKey key = changing(id);
        em.remove(em.find(ApiKeyUsage.class, id));
        em.remove(key);
    }

    /**
     * A user's keys follow the user, in the same transaction: deleted with them, and otherwise
     * announced to every instance as changed (disabled, enabled), so that none of them trusts its
     * cached copy any longer.
     */
    public void ownerChanged(@Observes UserChanged change) {
        if (change.deleting()) {
            ownedBy(change.user()).forEach(key -> delete(key.getId()));
        } else {
            ownedBy(change.user()).forEach(key -> changing(key.getId()));
        }
    }

    /** The key, locked for a change that every instance's cache will notice. */
    private ApiKey changing(UUID id) {
        ApiKey key = find(id).orElseThrow(() -> new NoSuchResourceException("The API key"));
        ApiKeyUsage usage = em.find(ApiKeyUsage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (usage == null) {
            // deleted by someone else while this waited for the lock
            throw new NoSuchResourceException("The API key");
        }
        usage.keyChanged();
        cache.evict(id);
        throttle.forget(id);
        broker.sendText(keyChanges, DeliveryMode.PERSISTENT, id.toString(), "a key change");
        return key;
    }

    private void checkTeamsExist(Grant grant) {
        for (UUID team : grant.teams()) {
            if (em.find(Team.class, team) == null) {
                throw InvalidFieldsException.of("teams", "No such team: " + team + ".");
            }
        }
    }

    /** Asked by the entity's name, as {@link #checkIntegrationExists}: ticketing links build on keys too. */
    private void checkLinkExists(UUID ticketingLink) {
        if (ticketingLink != null
                && em.createQuery("select count(l) from TicketingLink l where l.id = :id", Long.class)
                                .setParameter("id", ticketingLink)
                                .getSingleResult()
                        == 0) {
            throw InvalidFieldsException.of("ticketing_link", "No such link to an external system.");
        }
    }

    /**
     * Asked by the entity's name: the webhook feature builds on keys (who changed what), so keys
     * refer to its integrations without depending on its classes.
     */
    private void checkIntegrationExists(UUID webhookIntegration) {
        if (webhookIntegration != null && !Writes.holdReferenced(em, "WebhookIntegration", webhookIntegration)) {
            throw InvalidFieldsException.of("webhook_integration", FieldErrors.doesNotExist(webhookIntegration));
        }
    }
}
