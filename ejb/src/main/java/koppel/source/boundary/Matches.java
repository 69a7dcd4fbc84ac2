package koppel.source.boundary;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import koppel.client.entity.Client;
import koppel.source.control.ClientFields;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceRecord;
import koppel.source.type.RemoteRecord;

/**
 * Finds the Koppel record a third-party record is: the one it was paired with before, else the
 * one whose primary-key field holds its key, else the one whose id it keeps (its external id field).
 */
final class Matches {

    private Matches() {}

    static Optional<Client> of(EntityManager em, SyncJob job, SyncJob.Transfer transfer, RemoteRecord record) {
        Optional<Client> paired = em.createNamedQuery(SourceRecord.BY_REMOTE_KEY, SourceRecord.class)
                .setParameter("integration", job.integration())
                .setParameter("dataType", transfer.dataType())
                .setParameter("remoteKey", record.key())
                .getResultStream()
                .findFirst()
                .map(pair -> em.find(Client.class, pair.getKey().recordId()))
                .filter(client -> client.belongsTo(job.team()));
        if (paired.isPresent()) {
            return paired;
        }
        FieldAssignment key = transfer.primaryKey();
        Optional<Client> byKey = em.createQuery(
                        "select c from Client c where c.teamId = :team and c." + ClientFields.path(key.koppelField())
                                + " = :value order by c.id",
                        Client.class)
                .setParameter("team", job.team())
                .setParameter("value", record.key())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (byKey.isPresent()) {
            return byKey;
        }
        return koppelId(record).map(id -> em.find(Client.class, id)).filter(client -> client.belongsTo(job.team()));
    }

    /** The pairing of a Koppel record with its third-party record, made when missing. */
    static SourceRecord pairing(EntityManager em, RecordKey key) {
        SourceRecord pairing = em.find(SourceRecord.class, key);
        if (pairing == null) {
            pairing = new SourceRecord(key);
            em.persist(pairing);
        }
        return pairing;
    }

    private static Optional<UUID> koppelId(RemoteRecord record) {
        try {
            return Optional.ofNullable(record.koppelId()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
