package koppel.team.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.actor.Actor;
import koppel.common.NoSuchResourceException;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.team.entity.Team;
import koppel.team.entity.TeamName;
import koppel.webhook.boundary.Outbox;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;
import koppel.webhook.entity.OutboxEvent;

/** Creates, renames, lists and deletes teams; no two teams have the same name. */
@Stateless
public class Teams {

    public static final String NAME_TAKEN = "A team with this name already exists.";

    static final Listing<Team> LISTING = Listing.of(Team.class, Field.text("name", "name"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @Inject
    private Actor actor;

    @EJB
    private Outbox outbox;

    /** Creates a team; its name (case and surrounding space aside) must not be another team's. */
    public Team create(String name) {
        TeamName checked = validation.check(new TeamName(name));
        UniqueNames.refuseTaken(em, Team.class, checked.name(), null, NAME_TAKEN);
        Team team = new Team(checked);
        em.persist(team);
        UniqueNames.flush(em, NAME_TAKEN);
        announce(team, EventAction.CREATED);
        return team;
    }

    public Team rename(UUID id, String name) {
        return rename(id, name, null);
    }

    /** Renames the team if the caller's copy is current ({@code expectedVersion} null: any). */
    public Team rename(UUID id, String name, Long expectedVersion) {
        Team team = getLocked(id);
        Versions.expect(team, expectedVersion);
        TeamName checked = validation.check(new TeamName(name));
        UniqueNames.refuseTaken(em, Team.class, checked.name(), id, NAME_TAKEN);
        boolean renamed = !team.getName().equals(checked.name());
        team.rename(checked);
        UniqueNames.flush(em, NAME_TAKEN);
        if (renamed) {
            announce(team, EventAction.UPDATED);
        }
        return team;
    }

    /** Deletes the team and everything that belongs to it. */
    public void delete(UUID id, Long expectedVersion) {
        Team team = getLocked(id);
        Versions.expect(team, expectedVersion);
        em.remove(team);
        em.flush();
        announce(team, EventAction.DELETED);
    }

    /** Writes the team's event into the outbox; a deleted team's resources raise none of their own. */
    private void announce(Team team, EventAction action) {
        outbox.record(
                EventResource.TEAM,
                action,
                new OutboxEvent.Subject(team.getId(), team.getId(), null, "teams/" + team.getId()),
                actor.origin());
    }

    /** The team, locked until the transaction ends: parallel renames take turns. */
    private Team getLocked(UUID id) {
        return Optional.ofNullable(em.find(Team.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NoSuchResourceException("The team"));
    }

    public Optional<Team> find(UUID id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Team get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The team"));
    }

    public List<Team> list() {
        return em.createQuery("select t from Team t order by t.name, t.id", Team.class)
                .getResultList();
    }

    /** One page of all teams, for the admin UI. */
    public Page<Team> list(ListQuery query) {
        return LISTING.list(em, Listing.Scope.all(), query);
    }

    /** The teams among {@code ids} (those an API key may act on), as a list query asks. */
    public Page<Team> list(Set<UUID> ids, ListQuery query) {
        if (ids.isEmpty()) {
            return new Page<>(0, List.of(), query.offset(), query.limit());
        }
        return LISTING.list(em, Listing.Scope.ids(ids), query);
    }
}
