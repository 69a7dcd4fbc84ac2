package koppel.source.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceChange;
import koppel.source.entity.SourceIntegration;
import koppel.source.entity.Subscription;
import koppel.source.entity.UpdateType;
import koppel.source.type.SourceTypes;
import koppel.webhook.boundary.FannedOut;
import koppel.webhook.entity.OutboxEvent;

/**
 * Hears the events of each fan-out round (in its transaction) and keeps a change for each
 * integration of the team that takes it: of a data type it transfers (by the Koppel resources the
 * data type maps to), of an update type it takes,
 * and not made by the integration itself. Changes wait while an integration is not active.
 */
@Stateless
public class SourceChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SourceQueue queue;

    @Inject
    private SourceTypes types;

    /** The round's changes of clients, with the integrations of their teams read in one query. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(@Observes FannedOut round) {
        List<OutboxEvent> clients = round.events().stream()
                .filter(event -> "client".equals(event.getResourceType()))
                .toList();
        if (clients.isEmpty()) {
            return;
        }
        Map<UUID, List<SourceIntegration>> integrations = em.createQuery(
                        "select i from SourceIntegration i where i.teamId in :teams", SourceIntegration.class)
                .setParameter(
                        "teams", clients.stream().map(OutboxEvent::getTeamId).collect(Collectors.toSet()))
                .getResultStream()
                .collect(Collectors.groupingBy(SourceIntegration::getTeamId));
        for (OutboxEvent event : clients) {
            changed(event, integrations.getOrDefault(event.getTeamId(), List.of()));
        }
    }

    private void changed(OutboxEvent event, List<SourceIntegration> integrations) {
        String resources = event.getResourceType() + "s";
        UpdateType type = switch (event.action()) {
            case "created" -> UpdateType.CREATED;
            case "deleted" -> UpdateType.DELETED;
            default -> UpdateType.UPDATED;
        };
        for (SourceIntegration integration : integrations) {
            if (event.getActorSource().filter(integration.getId()::equals).isPresent()) {
                continue;
            }
            for (Subscription subscription : integration.getSubscriptions()) {
                boolean takes = subscription.takes(type)
                        && types.find(integration.getConfiguration().getSourceType())
                                .flatMap(sourceType -> sourceType.dataType(subscription.getDataType()))
                                .filter(spec -> spec.koppelResource().equals(resources))
                                .isPresent();
                if (takes) {
                    keep(integration, subscription.getDataType(), event, type);
                }
            }
        }
    }

    private void keep(SourceIntegration integration, String dataType, OutboxEvent event, UpdateType type) {
        RecordKey key = new RecordKey(integration.getId(), dataType, event.getResourceId());
        SourceChange.Action action =
                type == UpdateType.DELETED ? SourceChange.Action.DELETE : SourceChange.Action.UPSERT;
        SourceChange change = em.find(SourceChange.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            change = new SourceChange(key, action, event.getOccurredAt());
            em.persist(change);
        } else {
            change.happened(action, event.getOccurredAt());
        }
        if (action == SourceChange.Action.DELETE) {
            event.getExternalReference().ifPresent(change::remoteKey);
        }
        if (integration.isActive()) {
            queue.push(integration.getId());
        }
    }
}
