package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.entity.Tracked;

/**
 * Where one team's events are posted for one integration, with the secret that signs them and the
 * endpoint's health: failing since its first failure after a success, disabled by an administrator,
 * by a {@code 410 Gone} or after failing too long. Secrets arrive here already encrypted.
 */
@Entity
@Table(name = "webhook_endpoints")
@NamedQuery(
        name = WebhookEndpoint.ENABLED_IN_TEAMS,
        query = "select e from WebhookEndpoint e where e.teamId in :teams and e.enabled = true")
@NamedQuery(
        name = WebhookEndpoint.OF_DELIVERIES,
        query = "select e from WebhookEndpoint e where e.id in"
                + " (select d.endpointId from WebhookDelivery d where d.id in :deliveries) order by e.id")
@NamedQuery(
        name = WebhookEndpoint.SUCCEEDED,
        query =
                "update WebhookEndpoint e set e.lastSuccess = :now, e.failingSince = null, e.alertStage = 0"
                        + " where e.id = :id and (e.failingSince is not null or e.lastSuccess is null or e.lastSuccess < :recent)")
@NamedQuery(
        name = WebhookEndpoint.FAILED,
        query = "update WebhookEndpoint e set e.failingSince = :now where e.id = :id and e.failingSince is null")
@NamedQuery(
        name = WebhookEndpoint.ALERTED,
        query = "update WebhookEndpoint e set e.alertStage = :stage where e.id = :id and e.alertStage < :stage")
@NamedQuery(
        name = WebhookEndpoint.FAILING,
        query = "select e.id from WebhookEndpoint e where e.enabled = true and e.failingSince is not null"
                + " or e.enabled = false and e.disabledReason = :gone and e.alertStage < :announced")
@NamedQuery(
        name = WebhookEndpoint.DISABLE,
        query = "update WebhookEndpoint e set e.enabled = false, e.disabledReason = :reason, e.disabledAt = :now,"
                + " e.lastModified = :now, e.version = e.version + 1 where e.id = :id and e.enabled = true")
public class WebhookEndpoint extends Tracked {

    public static final String ENABLED_IN_TEAMS = "WebhookEndpoint.enabledInTeams";
    /** The endpoints of these deliveries, in the order of their ids (to lock them in that order). */
    public static final String OF_DELIVERIES = "WebhookEndpoint.ofDeliveries";

    /*
     * Health changes are bulk updates: they neither bump the version (a client's If-Match stays
     * valid while deliveries come and go) nor make parallel deliveries wait for the row longer
     * than one statement; a success is written at most once a second. Disabling is the exception:
     * it changes {@code enabled}, which callers write, so it bumps the version and last_modified
     * (a PUT made with the tag read before must not enable the endpoint again unseen).
     */
    public static final String SUCCEEDED = "WebhookEndpoint.succeeded";
    public static final String FAILED = "WebhookEndpoint.failed";
    public static final String DISABLE = "WebhookEndpoint.disable";
    public static final String ALERTED = "WebhookEndpoint.alerted";
    /** Endpoints failing, and those a {@code 410 Gone} disabled whose alert is still to go out. */
    public static final String FAILING = "WebhookEndpoint.failing";
    /** Why an endpoint that answered {@code 410 Gone} was disabled. */
    public static final String GONE = "The endpoint answered 410 Gone.";
    /** Why an endpoint its owner disabled (in the admin UI or through the API) is disabled. */
    public static final String BY_HAND = "Disabled by an administrator.";

    public static final String ALL_TYPES = "*";
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    /** How long a rotated-out secret keeps signing next to the new one. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Column(nullable = false, length = MAX_URL_LENGTH)
    private String url;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "event_types", nullable = false, length = 4000)
    @Convert(converter = TextList.class)
    private List<String> eventTypes = List.of(ALL_TYPES);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "max_rate")
    private Integer maxRate;

    @Column(name = "exclude_own_changes", nullable = false)
    private boolean excludeOwnChanges;

    @Column(nullable = false, length = 500)
    private String secret;

    @Column(name = "previous_secret", length = 500)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    /** When the last of the older rotated-out secrets ({@link RetiredSecret}) stops signing. */
    @Column(name = "older_secrets_until")
    private Instant olderSecretsUntil;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_reason", length = 200)
    private String disabledReason;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "last_success")
    private Instant lastSuccess;

    /** Which of the failure e-mails went out since the endpoint last succeeded. */
    @Column(name = "alert_stage", nullable = false)
    private int alertStage;

    protected WebhookEndpoint() {}

    public WebhookEndpoint(UUID id, UUID teamId, EndpointData data, String sealedSecret) {
        super(id);
        this.teamId = teamId;
        this.secret = sealedSecret;
        change(data);
    }

    /** Takes what the caller said; enabling a disabled endpoint clears its failure record. */
    public void change(EndpointData data) {
        this.integrationId = data.integration();
        this.url = data.url();
        this.description = data.description();
        this.eventTypes = List.copyOf(data.eventTypes());
        this.maxRate = data.maxRate();
        this.excludeOwnChanges = data.excludeOwnChanges();
        if (data.enabled() && !enabled) {
            enable();
        } else if (!data.enabled() && enabled) {
            disable(BY_HAND, Instant.now());
        }
    }

    public EndpointData data() {
        return new EndpointData(integrationId, url, description, eventTypes, enabled, maxRate, excludeOwnChanges);
    }

    /** Whether events of this type are sent here. */
    public boolean subscribesTo(String eventType) {
        return eventTypes.contains(ALL_TYPES) || eventTypes.contains(eventType);
    }

    /**
     * Whether this endpoint is to hear of the event: it subscribes to its type, and the change was
     * not made by a key of the endpoint's own integration when it excludes its own changes.
     */
    public boolean wants(OutboxEvent event) {
        return subscribesTo(event.getType())
                && !(excludeOwnChanges
                        && event.getActorIntegration()
                                .filter(integrationId::equals)
                                .isPresent());
    }

    public void enable() {
        enabled = true;
        disabledReason = null;
        disabledAt = null;
        failingSince = null;
        alertStage = 0;
    }

    public void disable(String reason, Instant at) {
        enabled = false;
        disabledReason = reason;
        disabledAt = at;
    }

    /** A delivery arrived: the endpoint is healthy again. */
    public void succeeded(Instant at) {
        lastSuccess = at;
        failingSince = null;
        alertStage = 0;
    }

    /** A delivery failed; the first failure after a success starts the failing period. */
    public void failed(Instant at) {
        if (failingSince == null) {
            failingSince = at;
        }
    }

    /** Records that the failure e-mail of this stage went out (stages only go up). */
    public void alerted(int stage) {
        alertStage = Math.max(alertStage, stage);
    }

    /**
     * Signs with a new secret from now on, and with the old one too for {@link #ROTATION_OVERLAP};
     * a rotated-out secret that still signs is retired, to sign until its own time is over (to be
     * stored by the caller).
     */
    public Optional<RetiredSecret> rotate(String sealedSecret, Instant at) {
        Optional<RetiredSecret> retired = Optional.empty();
        if (previousSecret != null && previousSecretUntil.isAfter(at)) {
            retired = Optional.of(new RetiredSecret(getId(), previousSecret, previousSecretUntil));
            olderSecretsUntil = previousSecretUntil;
        }
        previousSecret = secret;
        previousSecretUntil = at.plus(ROTATION_OVERLAP);
        secret = sealedSecret;
        return retired;
    }

    /** The sealed secrets that sign at this moment besides the older retired ones: the current one, then the previous. */
    public List<String> signingSecrets(Instant at) {
        if (previousSecret != null && previousSecretUntil.isAfter(at)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    /** Whether older retired secrets ({@link RetiredSecret}) still sign at this moment. */
    public boolean olderSecretsSign(Instant at) {
        return olderSecretsUntil != null && olderSecretsUntil.isAfter(at);
    }

    public EndpointStatus status() {
        if (!enabled) {
            return EndpointStatus.DISABLED;
        }
        return failingSince == null ? EndpointStatus.ENABLED : EndpointStatus.FAILING;
    }

    public boolean belongsTo(UUID team) {
        return teamId.equals(team);
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getIntegrationId() {
        return integrationId;
    }

    public String getUrl() {
        return url;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<Integer> getMaxRate() {
        return Optional.ofNullable(maxRate);
    }

    public boolean excludesOwnChanges() {
        return excludeOwnChanges;
    }

    public Optional<Instant> getFailingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<String> getDisabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public Optional<Instant> getDisabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<Instant> getLastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    public int getAlertStage() {
        return alertStage;
    }
}
