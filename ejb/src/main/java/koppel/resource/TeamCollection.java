package koppel.resource;

import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.actor.Actor;
import koppel.apikey.entity.ResourceType;
import koppel.common.FieldErrors;
import koppel.common.ForeignResourceException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.common.control.Writes;
import koppel.common.entity.TeamOwned;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.team.entity.Team;
import koppel.webhook.boundary.Outbox;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;
import koppel.webhook.entity.OutboxEvent;

/**
 * The facade of one collection of a team's resources: list, read, create, replace (or create under
 * a chosen id) and delete, with the checks every collection needs (the team exists, the resource
 * is this team's, the caller's version is current, the data keeps its rules). A facade names its
 * {@link Kind} and adds the checks that need other resources; the rest is here, once.
 *
 * @param <E> the entity
 * @param <D> what a caller says about one (everything but id, team and times)
 */
public abstract class TeamCollection<E extends TeamOwned, D extends Record> {

    @PersistenceContext
    protected EntityManager em;

    private final Kind<E, D> kind;

    @Inject
    private Validation validation;

    @Inject
    private CustomDataCheck customDataCheck;

    @Inject
    private Actor actor;

    @EJB
    private Outbox outbox;

    protected TeamCollection(Kind<E, D> kind) {
        this.kind = kind;
    }

    /** The record callers describe a resource with. */
    public Class<D> dataType() {
        return kind.dataType();
    }

    /**
     * Checks of the data that need the database (other resources it names); none by default.
     * {@code id} is the resource's, null when it is being created with an id still to choose.
     */
    protected void checkReferences(UUID team, UUID id, D data) {}

    /**
     * Refuses data that came with fields of the wrong type (read as absent), reporting with them
     * every rule the rest of the data breaks, so that a caller learns of all mistakes at once. A
     * field already named for its type is not named again as missing.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void refuse(D data, FieldErrors typeErrors) {
        FieldErrors errors = validation.errorsBesides(typeErrors, data);
        checkRules(data, errors);
        throw new InvalidFieldsException(errors);
    }

    /**
     * Rules that compare fields of the data with each other, beyond what its constraints say;
     * each broken one is added to {@code errors}. None by default.
     */
    protected void checkRules(D data, FieldErrors errors) {}

    /** Reads join a caller's transaction if there is one and start none: a read has nothing to commit. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<E> list(UUID team, ListQuery query) {
        return kind.listing().list(em, Listing.Scope.team(team), query);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public E get(UUID team, UUID id) {
        return find(team, id).orElseThrow(() -> new NoSuchResourceException(kind.singular()));
    }

    public E create(UUID team, D data) {
        accept(team, null, data);
        E resource = kind.maker().make(UUID.randomUUID(), team, data);
        checkCustomData(team, resource, "{}");
        em.persist(resource);
        em.flush();
        announce(resource, EventAction.CREATED, null, kind.dataType().cast(resource.data()));
        return resource;
    }

    /**
     * Replaces the resource, or creates it under this id when there is none yet; a creating PUT
     * with an expected version (any {@code If-Match}) is refused.
     */
    public Saved<E> put(UUID team, UUID id, D data, Long expectedVersion) {
        Optional<E> existing = findLocked(team, id);
        if (existing.isEmpty()) {
            Versions.expectAbsent(expectedVersion);
        }
        accept(team, id, data);
        if (existing.isEmpty()) {
            E resource = kind.maker().make(id, team, data);
            checkCustomData(team, resource, "{}");
            em.persist(resource);
            Writes.flushCreated(em);
            announce(resource, EventAction.CREATED, null, kind.dataType().cast(resource.data()));
            return Saved.created(resource);
        }
        E resource = existing.get();
        Versions.expect(resource, expectedVersion);
        String previousCustomData = resource.getCustomData();
        D before = kind.dataType().cast(resource.data());
        kind.updater().accept(resource, data);
        checkCustomData(team, resource, previousCustomData);
        em.flush();
        announce(resource, EventAction.UPDATED, before, kind.dataType().cast(resource.data()));
        return Saved.updated(resource);
    }

    public void delete(UUID team, UUID id, Long expectedVersion) {
        E resource = findLocked(team, id).orElseThrow(() -> new NoSuchResourceException(kind.singular()));
        Versions.expect(resource, expectedVersion);
        D before = kind.dataType().cast(resource.data());
        em.remove(resource);
        em.flush();
        announce(resource, EventAction.DELETED, before, null);
    }

    /**
     * The events of resources nested in this one that a write created, changed or removed, from
     * the data before ({@code null} when created) and after ({@code null} when deleted); none by
     * default.
     */
    protected List<NestedChange> nestedChanges(D before, D after) {
        return List.of();
    }

    /** The events a collection's resources raise. */
    private static EventResource events(ResourceType collection) {
        return switch (collection) {
            case TEAMS -> EventResource.TEAM;
            case CLIENTS -> EventResource.CLIENT;
            case STAFF -> EventResource.STAFF;
            case PRODUCTS -> EventResource.PRODUCT;
            case SESSION_GROUPS -> EventResource.SESSION_GROUP;
            case SESSIONS -> EventResource.SESSION;
            case ORDERS -> EventResource.ORDER;
            case PAYMENTS -> EventResource.PAYMENT;
            case CUSTOM_FIELDS -> EventResource.CUSTOM_FIELD;
            case WEBHOOKS -> throw new IllegalArgumentException("Webhook endpoints raise no events");
        };
    }

    /** Writes the events of a change into the outbox, in the change's transaction. */
    private void announce(E resource, EventAction action, D before, D after) {
        String path = "teams/" + resource.getTeamId() + "/"
                + kind.resourceType().apiName().replace('_', '-') + "/" + resource.getId();
        OutboxEvent.Origin origin = actor.origin();
        outbox.record(
                events(kind.resourceType()),
                action,
                new OutboxEvent.Subject(
                        resource.getTeamId(),
                        resource.getId(),
                        resource.getExternalReference().orElse(null),
                        path),
                origin);
        for (NestedChange nested : nestedChanges(before, after)) {
            outbox.record(
                    nested.resource(),
                    nested.action(),
                    new OutboxEvent.Subject(resource.getTeamId(), nested.id(), nested.externalReference(), path),
                    origin);
        }
    }

    /** The resource if it is this team's; another team's is not the caller's business. */
    protected Optional<E> find(UUID team, UUID id) {
        Optional<E> resource = Optional.ofNullable(em.find(kind.type(), id));
        if (resource.isPresent() && !resource.get().belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return resource;
    }

    /**
     * The resource, locked until the transaction ends: parallel writes of one resource take turns
     * instead of failing on each other's version.
     */
    private Optional<E> findLocked(UUID team, UUID id) {
        Optional<E> resource = Optional.ofNullable(em.find(kind.type(), id, LockModeType.PESSIMISTIC_WRITE));
        if (resource.isPresent() && !resource.get().belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return resource;
    }

    /** A resource of another type this data refers to, which must be the same team's. */
    protected <R extends TeamOwned> R reference(Class<R> referenced, UUID team, UUID id, String field) {
        R found = id == null ? null : em.find(referenced, id);
        if (found == null || !found.belongsTo(team)) {
            throw InvalidFieldsException.of(field, "No such resource in this team: " + id + ".");
        }
        return found;
    }

    private void accept(UUID team, UUID id, D data) {
        FieldErrors errors = validation.errors(data);
        checkRules(data, errors);
        errors.throwIfAny();
        if (em.find(Team.class, team) == null) {
            throw new NoSuchResourceException("The team");
        }
        checkReferences(team, id, data);
    }

    /** Checks the custom data the resource was just given against the team's custom fields. */
    private void checkCustomData(UUID team, E resource, String previous) {
        resource.useCustomData(customDataCheck.check(
                team, kind.resourceType(), previous, resource.getCustomData(), actor.integration()));
    }
}
