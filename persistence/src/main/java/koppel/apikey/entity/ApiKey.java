package koppel.apikey.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.common.Texts;
import koppel.common.entity.Tracked;
import koppel.user.entity.User;

/**
 * A key a user hands to a third party: which teams it may act on, how far it may go with each
 * resource type, until when, and how fast. The key itself is never stored (see {@link KeySecret}).
 */
@Entity
@Table(name = "api_keys")
@NamedQuery(
        name = ApiKey.ID_BY_PREFIX,
        query = "select k.id from ApiKey k where k.prefix = :prefix or k.previousPrefix = :prefix")
@NamedQuery(name = ApiKey.BY_USER, query = "select k from ApiKey k where k.user = :user order by k.created, k.id")
public class ApiKey extends Tracked {

    public static final String ID_BY_PREFIX = "ApiKey.idByPrefix";
    public static final String BY_USER = "ApiKey.byUser";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The name as uniqueness sees it ({@link Texts#nameKey}): unique among the keys of one user. */
    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "previous_prefix", length = 16)
    private String previousPrefix;

    @Column(name = "previous_digest", length = 64)
    private String previousDigest;

    @Column(name = "previous_valid_until")
    private Instant previousValidUntil;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "rate_per_second")
    private Integer ratePerSecond;

    @Column(name = "rate_per_day")
    private Integer ratePerDay;

    @Column(name = "ticketing_link_id")
    private UUID ticketingLinkId;

    @Column(name = "webhook_integration_id")
    private UUID webhookIntegrationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_teams", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "team_id", nullable = false)
    private Set<UUID> teams = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_permissions", joinColumns = @JoinColumn(name = "api_key_id"))
    @MapKeyColumn(name = "resource_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "access", nullable = false, length = 8)
    @Enumerated(EnumType.STRING)
    private Map<ResourceType, Access> permissions = new EnumMap<>(ResourceType.class);

    protected ApiKey() {}

    public ApiKey(User user, KeySecret secret, Grant grant) {
        this.user = user;
        this.prefix = secret.prefix();
        this.digest = secret.digest();
        change(grant);
    }

    /** Replaces everything the key may do; its secret stays the same. */
    public void change(Grant grant) {
        this.name = grant.name();
        this.nameKey = Texts.nameKey(name);
        this.description = grant.description();
        this.teams = new HashSet<>(grant.teams());
        this.permissions = new EnumMap<>(ResourceType.class);
        grant.permissions().forEach((type, access) -> {
            if (access != Access.NONE) {
                permissions.put(type, access);
            }
        });
        this.expiresAt = grant.expiresAt();
        this.ratePerSecond =
                grant.ratePerSecond() == null ? null : grant.ratePerSecond().intValue();
        this.ratePerDay = grant.ratePerDay() == null ? null : grant.ratePerDay().intValue();
    }

    /**
     * Gives the key a new secret; the old one keeps working until {@code oldValidUntil} (at once
     * when that is now or past), so that an integration can switch without an outage.
     */
    public void roll(KeySecret newSecret, Instant oldValidUntil, Instant now) {
        if (oldValidUntil.isAfter(now)) {
            previousPrefix = prefix;
            previousDigest = digest;
            previousValidUntil = oldValidUntil;
        } else {
            previousPrefix = null;
            previousDigest = null;
            previousValidUntil = null;
        }
        prefix = newSecret.prefix();
        digest = newSecret.digest();
    }

    public void grantTeam(UUID team) {
        teams.add(team);
    }

    /** Links the key to the ticketing link or webhook integration it acts for (none when null). */
    public void linkTo(UUID ticketingLink, UUID webhookIntegration) {
        this.ticketingLinkId = ticketingLink;
        this.webhookIntegrationId = webhookIntegration;
    }

    /** Whether the presented secret is this key's, now: constant-time, and honouring expiry and grace. */
    public boolean accepts(KeySecret presented, Instant now) {
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return false;
        }
        if (presented.prefix().equals(prefix)) {
            return presented.matches(digest);
        }
        return presented.prefix().equals(previousPrefix)
                && previousValidUntil != null
                && now.isBefore(previousValidUntil)
                && presented.matches(previousDigest);
    }

    public Access accessTo(ResourceType type) {
        return permissions.getOrDefault(type, Access.NONE);
    }

    public RateLimits rateLimits(RateLimits defaults) {
        return new RateLimits(
                ratePerSecond == null ? defaults.perSecond() : ratePerSecond,
                ratePerDay == null ? defaults.perDay() : ratePerDay);
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public String getPrefix() {
        return prefix;
    }

    public Optional<String> getPreviousPrefix() {
        return Optional.ofNullable(previousPrefix);
    }

    public Optional<Instant> getPreviousValidUntil() {
        return Optional.ofNullable(previousValidUntil);
    }

    public Optional<Instant> getExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Integer> getRatePerSecond() {
        return Optional.ofNullable(ratePerSecond);
    }

    public Optional<Integer> getRatePerDay() {
        return Optional.ofNullable(ratePerDay);
    }

    public Optional<UUID> getTicketingLinkId() {
        return Optional.ofNullable(ticketingLinkId);
    }

    public Optional<UUID> getWebhookIntegrationId() {
        return Optional.ofNullable(webhookIntegrationId);
    }

    public Set<UUID> getTeams() {
        return Set.copyOf(teams);
    }

    public Map<ResourceType, Access> getPermissions() {
        return permissions.isEmpty() ? Map.of() : new EnumMap<>(permissions);
    }
}
