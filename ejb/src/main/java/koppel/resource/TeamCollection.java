package koppel.resource;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.ForeignResourceException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Saved;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.common.entity.TeamOwned;
import koppel.customfield.control.CustomDataRules;
import koppel.customfield.entity.CustomField;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.team.entity.Team;

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
    private CustomDataRules customDataRules;

    @Inject
    private Actor actor;

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
        return resource;
    }

    /** Replaces the resource, or creates it under this id when there is none yet. */
    public Saved<E> put(UUID team, UUID id, D data, Long expectedVersion) {
        Optional<E> existing = find(team, id);
        accept(team, id, data);
        if (existing.isEmpty()) {
            E resource = kind.maker().make(id, team, data);
            checkCustomData(team, resource, "{}");
            em.persist(resource);
            em.flush();
            return Saved.created(resource);
        }
        E resource = existing.get();
        Versions.expect(resource, expectedVersion);
        String previousCustomData = resource.getCustomData();
        kind.updater().accept(resource, data);
        checkCustomData(team, resource, previousCustomData);
        em.flush();
        return Saved.updated(resource);
    }

    public void delete(UUID team, UUID id, Long expectedVersion) {
        E resource = get(team, id);
        Versions.expect(resource, expectedVersion);
        em.remove(resource);
        em.flush();
    }

    /** The resource if it is this team's; another team's is not the caller's business. */
    protected Optional<E> find(UUID team, UUID id) {
        Optional<E> resource = Optional.ofNullable(em.find(kind.type(), id));
        if (resource.isPresent() && !resource.get().belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return resource;
    }

    /** A resource of another type this data refers to, which must be the same team's. */
    protected <R extends TeamOwned> R reference(Class<R> referenced, UUID team, UUID id, String field) {
        R found = id == null ? null : em.find(referenced, id);
        if (found == null || !found.belongsTo(team)) {
            throw koppel.common.InvalidFieldsException.of(field, "No such resource in this team: " + id + ".");
        }
        return found;
    }

    private void accept(UUID team, UUID id, D data) {
        validation.check(data);
        if (em.find(Team.class, team) == null) {
            throw new NoSuchResourceException("The team");
        }
        checkReferences(team, id, data);
    }

    /** Checks the custom data the resource was just given against the team's custom fields. */
    private void checkCustomData(UUID team, E resource, String previous) {
        List<CustomField> fields = em.createNamedQuery(CustomField.OF_TYPE, CustomField.class)
                .setParameter("team", team)
                .setParameter("type", kind.resourceType().apiName())
                .getResultList();
        resource.useCustomData(customDataRules.check(fields, previous, resource.getCustomData(), actor.integration()));
    }
}
