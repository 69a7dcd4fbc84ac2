package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import koppel.actor.Actor;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.external.ExternalException;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceChange;
import koppel.source.entity.SourceRun;
import koppel.source.entity.UpdateType;
import koppel.source.type.RemotePage;
import koppel.source.type.RemoteRecord;
import koppel.source.type.SourceConnection;

/**
 * Runs integrations: a pull reads the third party's changes since the last successful one (all of
 * them on the first activation, which also sends every Koppel record) and applies them record by
 * record; a push sends Koppel's waiting changes. No transaction spans a run: the exchanges happen
 * between the transactions of {@link PullSteps}, {@link PushSteps} and {@link RunSteps}. One run
 * at a time per integration, whichever instance runs it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Syncs {

    static final String SCHEDULE = "schedule";
    static final String MANUAL = "manual";
    static final String ACTIVATION = "activation";
    static final String CHANGE = "change";

    /** Changes sent per round of a push. */
    private static final int BATCH = 100;

    @EJB
    private RunSteps runs;

    @EJB
    private PullSteps pulls;

    @EJB
    private PushSteps pushes;

    @EJB
    private Alerts alerts;

    @Inject
    private Actor actor;

    /** Pulls the integration's third party, unless it is inactive or running already. */
    public void pull(UUID id, String trigger) {
        Optional<SyncJob> claimed = runs.claim(id, true);
        if (claimed.isEmpty()) {
            return;
        }
        SyncJob job = claimed.get();
        actor.actAsSource(id);
        boolean initial = job.transfers().stream().anyMatch(transfer -> !transfer.initialDone());
        SourceRun run =
                new SourceRun(id, initial ? SourceRun.Kind.INITIAL : SourceRun.Kind.PULL, trigger, Instant.now());
        Optional<String> failure = Optional.empty();
        boolean rateLimited = false;
        try {
            SourceConnection connection = runs.connection(id);
            for (SyncJob.Transfer transfer : job.transfers()) {
                Optional<Instant> until = pullOne(job, transfer, connection, run, false);
                if (!transfer.initialDone()) {
                    pushes.everything(job, transfer);
                }
                pulls.advance(job, transfer.dataType(), until);
            }
        } catch (ExternalException e) {
            failure = Optional.of(e.getMessage());
            rateLimited = e.reason() == ExternalException.Reason.RATE_LIMITED;
        } catch (RuntimeException e) {
            failure = Optional.of("The run failed: " + describe(e));
        }
        ended(id, runs.finish(id, run, failure, rateLimited, true));
        if (failure.isEmpty()) {
            push(id);
        }
    }

    /** Sends the integration's waiting changes, unless it is inactive or running already. */
    public void push(UUID id) {
        Optional<SyncJob> claimed = runs.claim(id, false);
        if (claimed.isEmpty()) {
            return;
        }
        SyncJob job = claimed.get();
        actor.actAsSource(id);
        SourceRun run = new SourceRun(id, SourceRun.Kind.PUSH, CHANGE, Instant.now());
        Optional<String> failure = Optional.empty();
        boolean rateLimited = false;
        int tried = 0;
        try {
            SourceConnection connection = null;
            for (var keys = pushes.due(id, BATCH); !keys.isEmpty(); keys = pushes.due(id, BATCH)) {
                for (RecordKey key : keys) {
                    Optional<SyncJob.Transfer> transfer = job.transfers().stream()
                            .filter(candidate -> candidate.dataType().equals(key.dataType()))
                            .findFirst();
                    if (transfer.isEmpty()) {
                        continue;
                    }
                    if (connection == null) {
                        connection = runs.connection(id);
                    }
                    tried++;
                    send(job, transfer.get(), key, connection, run);
                }
                if (tried >= BATCH * 50) {
                    break;
                }
            }
        } catch (ExternalException e) {
            failure = Optional.of(e.getMessage());
            rateLimited = e.reason() == ExternalException.Reason.RATE_LIMITED;
        } catch (RuntimeException e) {
            failure = Optional.of("The run failed: " + describe(e));
        }
        if (tried == 0 && failure.isEmpty()) {
            runs.release(id);
            return;
        }
        ended(id, runs.finish(id, run, failure, rateLimited, false));
    }

    /** Sends one change; a record the third party refuses is logged and skipped, any other failure ends the run. */
    private void send(SyncJob job, SyncJob.Transfer transfer, RecordKey key, SourceConnection connection, SourceRun run)
            throws ExternalException {
        Optional<PushSteps.Outgoing> outgoing = pushes.outgoing(transfer, key);
        if (outgoing.isEmpty()) {
            return;
        }
        PushSteps.Outgoing change = outgoing.get();
        try {
            String remoteKey = null;
            if (change.action() == SourceChange.Action.DELETE) {
                connection.delete(transfer.dataType(), change.remoteKey(), key.recordId());
            } else {
                remoteKey = connection.upsert(transfer.dataType(), change.remoteKey(), key.recordId(), change.values());
            }
            pushes.sent(job, transfer, change, remoteKey);
            run.count(0, 0, 0, 0, 1);
        } catch (ExternalException e) {
            if (e.reason() == ExternalException.Reason.REFUSED || e.reason() == ExternalException.Reason.NOT_FOUND) {
                run.note(change.remoteKey().orElse(key.recordId().toString()), e.getMessage(), true);
                pushes.refused(change);
            } else {
                pushes.retry(change);
                throw e;
            }
        }
    }

    /** Reads what a pull would change and logs it as a dry run, changing nothing. The run's id. */
    public UUID dryRun(UUID id) {
        SyncJob job = runs.look(id).orElseThrow();
        SourceRun run = new SourceRun(id, SourceRun.Kind.DRY_RUN, MANUAL, Instant.now());
        try {
            SourceConnection connection = runs.connection(id);
            for (SyncJob.Transfer transfer : job.transfers()) {
                pullOne(job, transfer, connection, run, true);
            }
        } catch (ExternalException e) {
            run.fail(e.getMessage());
        } catch (RuntimeException e) {
            run.fail("The run failed: " + describe(e));
        }
        runs.log(run);
        return run.getId();
    }

    /** Reads one data type's changes and deletions, applying (or previewing) each. How far it came. */
    private Optional<Instant> pullOne(
            SyncJob job, SyncJob.Transfer transfer, SourceConnection connection, SourceRun run, boolean dry)
            throws ExternalException {
        Optional<Instant> since = transfer.initialDone() ? transfer.pulledUntil() : Optional.empty();
        Optional<Instant> until = transfer.pulledUntil();
        Optional<String> next = Optional.empty();
        do {
            RemotePage page = connection.changed(transfer.dataType(), transfer.remoteFieldsToKoppel(), since, next);
            for (RemoteRecord record : page.records()) {
                run.count(1, 0, 0, 0, 0);
                until = later(until, record.modified());
                if (dry) {
                    preview(run, record, pulls.preview(job, transfer, record));
                } else {
                    applied(run, record, () -> pulls.apply(job, transfer, record));
                }
            }
            next = page.next();
        } while (next.isPresent());
        if (transfer.takes(UpdateType.DELETED) && since.isPresent()) {
            do {
                RemotePage page = connection.deleted(transfer.dataType(), since, next);
                for (RemoteRecord record : page.records()) {
                    until = later(until, record.modified());
                    if (dry) {
                        preview(run, record, pulls.previewRemoval(job, transfer, record));
                    } else {
                        applied(run, record, () -> pulls.remove(job, transfer, record));
                    }
                }
                next = page.next();
            } while (next.isPresent());
        }
        return until;
    }

    private interface Step {
        PullSteps.Applied run();
    }

    private static void applied(SourceRun run, RemoteRecord record, Step step) {
        try {
            switch (step.run()) {
                case CREATED -> run.count(0, 1, 0, 0, 0);
                case UPDATED -> run.count(0, 0, 1, 0, 0);
                case DELETED -> run.count(0, 0, 0, 1, 0);
                default -> {}
            }
        } catch (RuntimeException e) {
            run.note(record.key(), describe(e), true);
        }
    }

    private static void preview(SourceRun run, RemoteRecord record, PullSteps.Plan plan) {
        switch (plan.applied()) {
            case CREATED -> run.count(0, 1, 0, 0, 0);
            case UPDATED -> run.count(0, 0, 1, 0, 0);
            case DELETED -> run.count(0, 0, 0, 1, 0);
            default -> {
                return;
            }
        }
        run.note(record.key(), plan.description(), false);
    }

    private void ended(UUID id, RunSteps.Ending ending) {
        if (ending == RunSteps.Ending.DEACTIVATED) {
            alerts.deactivated(id);
        }
    }

    private static Optional<Instant> later(Optional<Instant> until, Instant modified) {
        if (modified == null) {
            return until;
        }
        return Optional.of(until.filter(known -> known.isAfter(modified)).orElse(modified));
    }

    /** Why a record failed, in words: the rules it broke, or what went wrong. */
    static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidFieldsException invalid) {
            return invalid.getErrors().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(invalid.getMessage());
        }
        if (cause instanceof BusinessException business) {
            return business.getMessage();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
