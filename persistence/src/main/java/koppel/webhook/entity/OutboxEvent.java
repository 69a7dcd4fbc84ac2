package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One change, written in the transaction that made it: the outbox row that becomes a delivery per
 * subscribed endpoint once the change has committed. Its id is the {@code webhook-id} receivers
 * deduplicate on.
 */
@Entity
@Table(name = "webhook_events")
@NamedQuery(
        name = OutboxEvent.UNDISPATCHED,
        query = "select e.id from OutboxEvent e where e.dispatched = false and e.occurredAt < :before"
                + " order by e.occurredAt")
@NamedQuery(name = OutboxEvent.WITH_IDS, query = "select e from OutboxEvent e where e.id in :ids")
public class OutboxEvent {

    public static final String UNDISPATCHED = "OutboxEvent.undispatched";
    public static final String WITH_IDS = "OutboxEvent.withIds";
    public static final String PING = "webhook.ping";

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, length = 40)
    private String type;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "resource_type", nullable = false, length = 32)
    private String resourceType;

    @Column(name = "resource_id", nullable = false)
    private UUID resourceId;

    @Column(name = "external_reference", length = 255)
    private String externalReference;

    /** The resource's address below the API's {@code /v1}, for the payload's {@code link}. */
    @Column(name = "link_path", nullable = false, length = 300)
    private String linkPath;

    @Column(name = "actor_key")
    private UUID actorKey;

    @Column(name = "actor_integration")
    private UUID actorIntegration;

    @Column(name = "actor_link")
    private UUID actorLink;

    @Column(name = "actor_user")
    private UUID actorUser;

    @Column(name = "actor_source")
    private UUID actorSource;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Column(nullable = false)
    private boolean dispatched;

    protected OutboxEvent() {}

    public OutboxEvent(EventResource resource, EventAction action, Subject subject, Origin origin) {
        this.type = resource.apiName() + "." + action.apiName();
        this.resourceType = resource.apiName();
        this.teamId = subject.team();
        this.resourceId = subject.id();
        this.externalReference = subject.externalReference();
        this.linkPath = subject.linkPath();
        this.actorKey = origin.apiKey();
        this.actorIntegration = origin.integration();
        this.actorLink = origin.link();
        this.actorUser = origin.user();
        this.actorSource = origin.source();
    }

    /** The test event a ping sends to one endpoint: about the endpoint itself, and fanned out to no other. */
    public static OutboxEvent ping(UUID team, UUID endpoint) {
        OutboxEvent event = new OutboxEvent();
        event.type = PING;
        event.resourceType = "webhook_endpoint";
        event.teamId = team;
        event.resourceId = endpoint;
        event.linkPath = "teams/" + team + "/webhook-endpoints/" + endpoint;
        event.dispatched = true;
        return event;
    }

    /** The resource an event is about. */
    public record Subject(UUID team, UUID id, String externalReference, String linkPath) {}

    /**
     * Who made the change: an API key (and the webhook integration or ticketing link it acts for),
     * a ticketing link pulling sales (no key), an integration source applying its changes, or an
     * admin user.
     */
    public record Origin(UUID apiKey, UUID integration, UUID link, UUID user, UUID source) {

        /** A change a ticketing link made itself, such as the sales it pulled. */
        public static Origin link(UUID link) {
            return new Origin(null, null, link, null, null);
        }

        /** A change an integration source applied, pulled from its third party. */
        public static Origin source(UUID integration) {
            return new Origin(null, null, null, null, integration);
        }
    }

    /** Marks the event fanned out; false when it already was (by another instance or a retry). */
    public boolean dispatch() {
        boolean first = !dispatched;
        dispatched = true;
        return first;
    }

    /** The action, the part of the type after the dot. */
    public String action() {
        return type.substring(type.indexOf('.') + 1);
    }

    public UUID getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getResourceType() {
        return resourceType;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public Optional<String> getExternalReference() {
        return Optional.ofNullable(externalReference);
    }

    public String getLinkPath() {
        return linkPath;
    }

    public Optional<UUID> getActorIntegration() {
        return Optional.ofNullable(actorIntegration);
    }

    /** The ticketing link that made the change, which is never told of it. */
    public Optional<UUID> getActorLink() {
        return Optional.ofNullable(actorLink);
    }

    /** The integration source whose pull made the change, if one did. */
    public Optional<UUID> getActorSource() {
        return Optional.ofNullable(actorSource);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
