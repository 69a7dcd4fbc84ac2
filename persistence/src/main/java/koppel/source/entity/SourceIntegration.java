package koppel.source.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import koppel.common.entity.Tracked;

/**
 * An integration ("intégration"): a source configuration serving one team, with the update types
 * it takes per data type and the addresses alerted when it deactivates itself. It is active,
 * inactive (never activated, or deactivated by an administrator) or deactivated after too many
 * failed runs in a row.
 */
@Entity
@Table(name = "source_integrations")
@NamedQuery(
        name = SourceIntegration.ALL,
        query = "select i from SourceIntegration i order by i.configuration.name, i.teamId, i.id")
@NamedQuery(
        name = SourceIntegration.PULLABLE,
        query =
                "select i.id from SourceIntegration i where i.status = koppel.source.entity.SourceIntegration.Status.ACTIVE"
                        + " and (i.nextPull is null or i.nextPull <= :now) and (i.claimedUntil is null or i.claimedUntil < :now)")
public class SourceIntegration extends Tracked {

    public static final String ALL = "SourceIntegration.all";
    public static final String PULLABLE = "SourceIntegration.pullable";

    /** Whether it runs. */
    public enum Status {
        INACTIVE,
        ACTIVE,
        /** Turned off by itself after too many failed runs in a row; its alert addresses were told. */
        DEACTIVATED
    }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "configuration_id", nullable = false)
    private SourceConfiguration configuration;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.INACTIVE;

    /** Failed runs in a row. */
    @Column(nullable = false)
    private int failures;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    /** An instance running it holds it until then. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "next_pull")
    private Instant nextPull;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_subscriptions", joinColumns = @JoinColumn(name = "integration_id"))
    private List<Subscription> subscriptions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_alert_addresses", joinColumns = @JoinColumn(name = "integration_id"))
    @Column(name = "address", nullable = false, length = 254)
    private Set<String> alertAddresses = new TreeSet<>();

    protected SourceIntegration() {}

    public SourceIntegration(SourceConfiguration configuration, UUID teamId) {
        this.configuration = configuration;
        this.teamId = teamId;
    }

    public SourceConfiguration getConfiguration() {
        return configuration;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Optional<String> getStatusReason() {
        return Optional.ofNullable(statusReason);
    }

    public int getFailures() {
        return failures;
    }

    public List<Subscription> getSubscriptions() {
        return List.copyOf(subscriptions);
    }

    public Optional<Subscription> subscription(String dataType) {
        return subscriptions.stream()
                .filter(s -> s.getDataType().equals(dataType))
                .findFirst();
    }

    /** Takes these update types of the data type from now on. */
    public void subscribe(String dataType, boolean created, boolean updated, boolean deleted) {
        Optional<Subscription> existing = subscription(dataType);
        if (existing.isPresent()) {
            existing.get().choose(created, updated, deleted);
        } else {
            subscriptions.add(new Subscription(dataType, created, updated, deleted));
        }
    }

    public Set<String> getAlertAddresses() {
        return Set.copyOf(alertAddresses);
    }

    public void alert(Set<String> addresses) {
        alertAddresses.clear();
        alertAddresses.addAll(addresses);
    }

    public void activate(Instant now) {
        status = Status.ACTIVE;
        failures = 0;
        statusReason = null;
        nextPull = now;
    }

    /** Turned off by an administrator. */
    public void deactivate() {
        status = Status.INACTIVE;
        statusReason = null;
    }

    /** A run succeeded: the failures in a row start again from none. */
    public void succeeded() {
        failures = 0;
        statusReason = null;
    }

    /**
     * A run failed; after {@code limit} in a row the integration deactivates itself. Whether it
     * just did.
     */
    public boolean failed(String reason, int limit) {
        failures++;
        statusReason = reason;
        if (status == Status.ACTIVE && failures >= limit) {
            status = Status.DEACTIVATED;
            return true;
        }
        return false;
    }

    /** Claims the integration for a run until then; false when another holds it. */
    public boolean claim(Instant now, Instant until) {
        if (claimedUntil != null && claimedUntil.isAfter(now)) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    public void release(Instant next) {
        claimedUntil = null;
        nextPull = next;
    }

    /** A pull was asked for while a run held it: the next round of the timer pulls. */
    public void pullSoon(Instant now) {
        if (nextPull == null || nextPull.isAfter(now)) {
            nextPull = now;
        }
    }

    public Optional<Instant> getNextPull() {
        return Optional.ofNullable(nextPull);
    }
}
