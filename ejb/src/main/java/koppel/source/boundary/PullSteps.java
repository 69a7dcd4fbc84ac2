package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import koppel.client.boundary.Clients;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.common.entity.Contact;
import koppel.source.control.ClientFields;
import koppel.source.entity.Direction;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceIntegration;
import koppel.source.entity.SourceRecord;
import koppel.source.entity.UpdateType;
import koppel.source.type.RemoteRecord;

/**
 * The transactions of a pull, one per third-party record: a record is created, updated or deleted
 * in Koppel through the clients' facade, as an API call would (rules checked, events raised,
 * attributed to the integration), so that one bad record fails alone. A dry run asks the same
 * questions and writes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PullSteps {

    /** What became of a record. */
    public enum Applied {
        CREATED,
        UPDATED,
        DELETED,
        UNCHANGED,
        /** The integration does not take this update type, or there was nothing to delete. */
        IGNORED
    }

    /** What a record would do, and in words. */
    public record Plan(Applied applied, String description) {}

    private static final ClientData NO_DATA =
            new ClientData(Contact.NONE, null, null, null, null, null, null, null, null, null, null);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Clients clients;

    /** Writes the third party's record into Koppel. */
    public Applied apply(SyncJob job, SyncJob.Transfer transfer, RemoteRecord record) {
        Optional<Client> existing = Matches.of(em, job, transfer, record);
        Plan plan = plan(transfer, record, existing);
        Client written;
        switch (plan.applied()) {
            case CREATED ->
                written = clients.create(job.team(), ClientFields.write(NO_DATA, changes(transfer, record, null)));
            case UPDATED ->
                written = clients.put(
                                job.team(),
                                existing.get().getId(),
                                ClientFields.write(existing.get().data(), changes(transfer, record, existing.get())),
                                null)
                        .resource();
            case UNCHANGED -> written = existing.get();
            default -> {
                return plan.applied();
            }
        }
        Matches.pairing(em, new RecordKey(job.integration(), transfer.dataType(), written.getId()))
                .seen(record.key(), record.modified());
        return plan.applied();
    }

    /** What {@link #apply} would do. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Plan preview(SyncJob job, SyncJob.Transfer transfer, RemoteRecord record) {
        return plan(transfer, record, Matches.of(em, job, transfer, record));
    }

    /** Deletes the Koppel record of a record deleted at the third party. */
    public Applied remove(SyncJob job, SyncJob.Transfer transfer, RemoteRecord deleted) {
        Optional<Client> existing = Matches.of(em, job, transfer, deleted);
        if (existing.isEmpty() || !transfer.takes(UpdateType.DELETED)) {
            return Applied.IGNORED;
        }
        clients.delete(job.team(), existing.get().getId(), null);
        SourceRecord pairing = em.find(
                SourceRecord.class,
                new RecordKey(
                        job.integration(), transfer.dataType(), existing.get().getId()));
        if (pairing != null) {
            em.remove(pairing);
        }
        return Applied.DELETED;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Plan previewRemoval(SyncJob job, SyncJob.Transfer transfer, RemoteRecord deleted) {
        Optional<Client> existing = Matches.of(em, job, transfer, deleted);
        if (existing.isEmpty() || !transfer.takes(UpdateType.DELETED)) {
            return new Plan(Applied.IGNORED, "");
        }
        return new Plan(
                Applied.DELETED,
                "Would delete the client " + name(existing.get().data()) + ".");
    }

    private static Plan plan(SyncJob.Transfer transfer, RemoteRecord record, Optional<Client> existing) {
        if (existing.isEmpty()) {
            if (!transfer.takes(UpdateType.CREATED)) {
                return new Plan(Applied.IGNORED, "");
            }
            ClientData created = ClientFields.write(NO_DATA, changes(transfer, record, null));
            return new Plan(Applied.CREATED, "Would create the client " + name(created) + ".");
        }
        ClientData before = existing.get().data();
        ClientData after = ClientFields.write(before, changes(transfer, record, existing.get()));
        if (after.equals(before)) {
            return new Plan(Applied.UNCHANGED, "");
        }
        if (!transfer.takes(UpdateType.UPDATED)) {
            return new Plan(Applied.IGNORED, "");
        }
        Map<String, String> was = ClientFields.read(before);
        Map<String, String> becomes = ClientFields.read(after);
        String changed = becomes.keySet().stream()
                .filter(field -> !Objects.equals(was.get(field), becomes.get(field)))
                .sorted()
                .map(field -> field + ": " + shown(was.get(field)) + " → " + shown(becomes.get(field)))
                .collect(Collectors.joining("; "));
        return new Plan(Applied.UPDATED, "Would change the client " + name(before) + ": " + changed + ".");
    }

    /**
     * The Koppel fields the record sets: every field mapped to Koppel, but a field mapped both ways
     * keeps Koppel's value when Koppel changed the record last (or at the same time).
     */
    private static Map<String, String> changes(SyncJob.Transfer transfer, RemoteRecord record, Client existing) {
        boolean koppelNewer = existing != null
                && record.modified() != null
                && !existing.getLastModified().isBefore(record.modified());
        Map<String, String> changes = new LinkedHashMap<>();
        for (FieldAssignment assignment : transfer.mapping()) {
            if (assignment.primaryKey()) {
                changes.put(assignment.koppelField(), record.key());
            } else if (assignment.direction().toKoppel()
                    && !(assignment.direction() == Direction.BOTH && koppelNewer)) {
                changes.put(assignment.koppelField(), record.values().get(assignment.remoteField()));
            }
        }
        return changes;
    }

    private static String name(ClientData data) {
        return shown(data.contact().firstName()) + " " + shown(data.contact().lastName());
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value;
    }

    /** Remembers how far the data type's pulls came, and that its initial sync is done. */
    public void advance(SyncJob job, String dataType, Optional<Instant> until) {
        em.find(SourceIntegration.class, job.integration())
                .subscription(dataType)
                .ifPresent(subscription -> {
                    until.ifPresent(subscription::pulledUntil);
                    subscription.initialDone();
                });
    }
}
