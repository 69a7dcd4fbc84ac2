package koppel.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.common.NoSuchResourceException;
import koppel.webhook.entity.DeliveryStatus;
import koppel.webhook.entity.EndpointAlert;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * Read-only looks at webhooks across teams for the admin pages: how many endpoints each integration
 * has, an integration's endpoints in every team, an endpoint's recorded failure e-mails, and the
 * delivered and failed deliveries per hour and per day that the pages chart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeliveryStats {

    /** The most alerts a page lists: the newest. */
    static final int MAX_ALERTS = 100;

    private static final String FINISHED =
            "select d.status, d.finishedAt from WebhookDelivery d where d.finishedAt >= :since and d.status <> koppel.webhook.entity.DeliveryStatus.PENDING";

    @PersistenceContext
    private EntityManager em;

    /** The number of endpoints of each integration that has any, in all teams. */
    public Map<UUID, Long> endpointCounts() {
        return em
                .createQuery(
                        "select e.integrationId, count(e) from WebhookEndpoint e group by e.integrationId",
                        Object[].class)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /** The integration's endpoints in every team, oldest first. */
    public List<WebhookEndpoint> endpointsOf(UUID integration) {
        return em.createQuery(
                        "select e from WebhookEndpoint e where e.integrationId = :integration order by e.created, e.id",
                        WebhookEndpoint.class)
                .setParameter("integration", integration)
                .getResultList();
    }

    /** The failure e-mails recorded for the team's endpoint, newest first. */
    public List<EndpointAlert> alerts(UUID team, UUID endpoint) {
        mine(team, endpoint);
        return em.createQuery(
                        "select a from EndpointAlert a where a.endpointId = :endpoint order by a.created desc",
                        EndpointAlert.class)
                .setParameter("endpoint", endpoint)
                .setMaxResults(MAX_ALERTS)
                .getResultList();
    }

    /** The team's endpoint's finished deliveries per hour (last 24) and per day (last 7). */
    public DeliveryFigures figuresOfEndpoint(UUID team, UUID endpoint) {
        mine(team, endpoint);
        Instant now = Instant.now();
        return DeliveryFigures.of(
                finished(em.createQuery(FINISHED + " and d.endpointId = :endpoint", Object[].class)
                        .setParameter("since", DeliveryFigures.since(now))
                        .setParameter("endpoint", endpoint)
                        .getResultList()),
                now);
    }

    /** The same figures for all endpoints of an integration together. */
    public DeliveryFigures figuresOfIntegration(UUID integration) {
        Instant now = Instant.now();
        return DeliveryFigures.of(
                finished(em.createQuery(
                                FINISHED + " and d.endpointId in (select e.id from WebhookEndpoint e"
                                        + " where e.integrationId = :integration)",
                                Object[].class)
                        .setParameter("since", DeliveryFigures.since(now))
                        .setParameter("integration", integration)
                        .getResultList()),
                now);
    }

    private static List<DeliveryFigures.Finished> finished(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new DeliveryFigures.Finished((DeliveryStatus) row[0], (Instant) row[1]))
                .toList();
    }

    private void mine(UUID team, UUID endpoint) {
        WebhookEndpoint found = em.find(WebhookEndpoint.class, endpoint);
        if (found == null || !found.belongsTo(team)) {
            throw new NoSuchResourceException("The webhook endpoint");
        }
    }
}
