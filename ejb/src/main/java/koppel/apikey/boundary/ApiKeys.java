package koppel.apikey.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.apikey.control.KeyCache;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ApiKeyUsage;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.KeySecret;
import koppel.apikey.entity.RateLimits;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import koppel.user.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API keys: issuing, changing, rolling and deleting them for the admin UI, and checking them on
 * every API request. A check costs no hash beyond one SHA-256 and no query for the key itself
 * (see {@link KeyCache}); it locks and writes the key's usage row, which counts the request
 * against the throttle and tells whether the cached copy of the key is still current.
 */
@Stateless
public class ApiKeys {

    public static final Duration MAX_GRACE = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private KeyCache cache;

    @EJB
    private Teams teams;

    @Inject
    @ConfigProperty(name = "koppel.api.throttle.per-second")
    private int defaultPerSecond;

    @Inject
    @ConfigProperty(name = "koppel.api.throttle.per-day")
    private int defaultPerDay;

    public IssuedKey create(UUID userId, Grant grant) {
        User user = Optional.ofNullable(em.find(User.class, userId))
                .orElseThrow(() -> InvalidFieldsException.of("user", "No such user."));
        checkTeamsExist(grant);
        KeySecret secret = KeySecret.generate();
        ApiKey key = new ApiKey(user, secret, grant);
        em.persist(key);
        em.persist(new ApiKeyUsage(key.getId()));
        return new IssuedKey(key, secret);
    }

    public List<KeyOverview> list() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class)
                .getResultStream()
                .map(key -> {
                    ApiKeyUsage usage = em.find(ApiKeyUsage.class, key.getId());
                    return new KeyOverview(key, usage.getLastUsedAt(), usage.getLastUsedIp());
                })
                .toList();
    }

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
        checkTeamsExist(grant);
        ApiKey key = changing(id);
        key.change(grant);
        return key;
    }

    /** Creates a team on behalf of a key, which may act on it from then on. */
    public Team createTeam(UUID keyId, String name) {
        Team team = teams.create(name);
        changing(keyId).grantTeam(team.getId());
        return team;
    }

    /** Links a key to the ticketing link or webhook integration it acts for; null for none. */
    public ApiKey link(UUID id, UUID ticketingLink, UUID webhookIntegration) {
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
     * The caller behind a presented key, with the throttle's answer; empty for anything that is
     * not a valid key now (malformed, unknown, deleted, expired, past its grace, owner disabled).
     */
    public Optional<Admission> authenticate(String presented, String ip) {
        Optional<KeySecret> secret = KeySecret.parse(presented);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<KeyCache.Cached> cached = cache.get(secret.get().prefix());
        if (cached.isPresent() && !accepts(cached.get().key(), secret.get(), now)) {
            return Optional.empty();
        }
        Optional<UUID> id = cached.map(c -> c.key().getId())
                .or(() -> idByPrefix(secret.get().prefix()));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyUsage usage = em.find(ApiKeyUsage.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
        if (usage == null) {
            cached.ifPresent(c -> cache.evict(c.key()));
            return Optional.empty();
        }
        if (cached.isEmpty() || cached.get().revision() != usage.getRevision()) {
            cached = reload(id.get(), usage.getRevision());
            if (cached.isEmpty() || !accepts(cached.get().key(), secret.get(), now)) {
                return Optional.empty();
            }
        }
        ApiKey key = cached.get().key();
        return Optional.of(new Admission(
                cached.get().caller(),
                usage.record(now, ip, key.rateLimits(new RateLimits(defaultPerSecond, defaultPerDay)))));
    }

    private static boolean accepts(ApiKey key, KeySecret secret, Instant now) {
        return key.accepts(secret, now) && key.getUser().isEnabled();
    }

    private Optional<UUID> idByPrefix(String prefix) {
        return em.createNamedQuery(ApiKey.ID_BY_PREFIX, UUID.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst();
    }

    private Optional<KeyCache.Cached> reload(UUID id, long revision) {
        Optional<ApiKey> key = find(id);
        key.ifPresent(found -> {
            found.getUser().isEnabled();
            em.detach(found);
        });
        Optional<KeyCache.Cached> cached = key.map(found -> new KeyCache.Cached(found, ApiCaller.of(found), revision));
        cached.ifPresent(cache::put);
        return cached;
    }

    /** The key, locked for a change that every instance's cache will notice. */
    private ApiKey changing(UUID id) {
        ApiKey key = find(id).orElseThrow(() -> new NoSuchResourceException("The API key"));
        em.find(ApiKeyUsage.class, id, LockModeType.PESSIMISTIC_WRITE).keyChanged();
        cache.evict(key);
        return key;
    }

    private void checkTeamsExist(Grant grant) {
        for (UUID team : grant.teams()) {
            if (em.find(Team.class, team) == null) {
                throw InvalidFieldsException.of("teams", "No such team: " + team + ".");
            }
        }
    }
}
