package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.client.boundary.Clients;
import koppel.client.entity.Client;
import koppel.source.control.ClientFields;
import koppel.source.control.SourceSettings;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceChange;
import koppel.source.entity.SourceRecord;

/**
 * The transactions of sending Koppel's changes: which are due, what one sends (the record as it is
 * now, through the mapping), and what is remembered once the third party took it, refused it or
 * could not be reached.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PushSteps {

    /** One change to send: upsert these values (remote field → value), or delete. */
    public record Outgoing(
            RecordKey key,
            SourceChange.Action action,
            Optional<String> remoteKey,
            Map<String, String> values,
            Instant occurredAt) {}

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Clients clients;

    @Inject
    private SourceSettings settings;

    /** The integration's changes due now, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RecordKey> due(UUID integration, int max) {
        return em.createQuery(
                        "select c.key from SourceChange c where c.key.integrationId = :integration and c.dueAt <= :now"
                                + " order by c.dueAt",
                        RecordKey.class)
                .setParameter("integration", integration)
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    /** What a change sends; empty when there is nothing to send any more (it is dropped). */
    public Optional<Outgoing> outgoing(SyncJob.Transfer transfer, RecordKey key) {
        SourceChange change = em.find(SourceChange.class, key);
        if (change == null) {
            return Optional.empty();
        }
        SourceRecord pairing = em.find(SourceRecord.class, key);
        Optional<String> remoteKey = Optional.ofNullable(pairing).flatMap(SourceRecord::getRemoteKey);
        if (change.getAction() == SourceChange.Action.DELETE) {
            return Optional.of(new Outgoing(
                    key, change.getAction(), remoteKey.or(change::getRemoteKey), Map.of(), change.getOccurredAt()));
        }
        Client client = em.find(Client.class, key.recordId());
        if (client == null) {
            // deleted since: its deletion is the change to send
            em.remove(change);
            return Optional.empty();
        }
        Map<String, String> koppel = ClientFields.read(client.data());
        Map<String, String> values = new HashMap<>();
        for (FieldAssignment assignment : transfer.mapping()) {
            if (assignment.direction().toSource()) {
                values.put(assignment.remoteField(), koppel.get(assignment.koppelField()));
            }
        }
        FieldAssignment primaryKey = transfer.primaryKey();
        return Optional.of(new Outgoing(
                key,
                change.getAction(),
                remoteKey.or(() -> Optional.ofNullable(koppel.get(primaryKey.koppelField()))),
                values,
                change.getOccurredAt()));
    }

    /**
     * The third party took the change: the pairing remembers its key, the Koppel record's
     * primary-key field gets it when empty, and the change is done unless the record changed again
     * meanwhile.
     */
    public void sent(SyncJob job, SyncJob.Transfer transfer, Outgoing sent, String remoteKey) {
        done(sent);
        if (sent.action() == SourceChange.Action.DELETE) {
            SourceRecord pairing = em.find(SourceRecord.class, sent.key());
            if (pairing != null) {
                em.remove(pairing);
            }
            return;
        }
        Matches.pairing(em, sent.key()).seen(remoteKey, null);
        FieldAssignment primaryKey = transfer.primaryKey();
        Client client = em.find(Client.class, sent.key().recordId());
        if (client != null
                && remoteKey != null
                && ClientFields.read(client.data()).get(primaryKey.koppelField()) == null) {
            clients.put(
                    job.team(),
                    client.getId(),
                    ClientFields.write(client.data(), Map.of(primaryKey.koppelField(), remoteKey)),
                    null);
        }
    }

    /** The third party refused the record: logged by the run, and not sent again until it changes. */
    public void refused(Outgoing refused) {
        done(refused);
    }

    /** Could not be sent now: it goes again by the retry schedule. */
    public void retry(Outgoing failed) {
        SourceChange change = em.find(SourceChange.class, failed.key(), LockModeType.PESSIMISTIC_WRITE);
        if (change != null && change.getOccurredAt().equals(failed.occurredAt())) {
            change.retryAt(settings.retryAt(change.getFailures(), Instant.now()));
        }
    }

    private void done(Outgoing outgoing) {
        SourceChange change = em.find(SourceChange.class, outgoing.key(), LockModeType.PESSIMISTIC_WRITE);
        if (change != null && change.getOccurredAt().equals(outgoing.occurredAt())) {
            em.remove(change);
        }
    }

    /** For an initial sync: every client of the team not yet paired is to be sent. How many. */
    public int everything(SyncJob job, SyncJob.Transfer transfer) {
        List<UUID> unpaired = em.createQuery(
                        "select c.id from Client c where c.teamId = :team and not exists (select r from SourceRecord r"
                                + " where r.key.integrationId = :integration and r.key.dataType = :dataType"
                                + " and r.key.recordId = c.id)",
                        UUID.class)
                .setParameter("team", job.team())
                .setParameter("integration", job.integration())
                .setParameter("dataType", transfer.dataType())
                .getResultList();
        Instant now = Instant.now();
        for (UUID id : unpaired) {
            RecordKey key = new RecordKey(job.integration(), transfer.dataType(), id);
            if (em.find(SourceChange.class, key) == null) {
                em.persist(new SourceChange(key, SourceChange.Action.UPSERT, now));
            }
        }
        return unpaired.size();
    }
}
