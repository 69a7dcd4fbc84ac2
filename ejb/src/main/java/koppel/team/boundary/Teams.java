package koppel.team.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.BusinessException;
import koppel.team.entity.Team;

/** Creates, renames and lists teams. */
@Stateless
public class Teams {

    @PersistenceContext
    private EntityManager em;

    public Team create(String name) {
        Team team = new Team(name);
        em.persist(team);
        return team;
    }

    public Team rename(UUID id, String name) {
        Team team = get(id);
        team.rename(name);
        return team;
    }

    public Optional<Team> find(UUID id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Team get(UUID id) {
        return find(id).orElseThrow(() -> new BusinessException("No such team."));
    }

    public List<Team> list() {
        return em.createQuery("select t from Team t order by t.name, t.id", Team.class)
                .getResultList();
    }
}
