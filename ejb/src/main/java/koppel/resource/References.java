package koppel.resource;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.TeamOwned;

/** Loads the resources other resources refer to, for {@code expand}: only those of the same team. */
@Stateless
public class References {

    @PersistenceContext
    private EntityManager em;

    public <T extends TeamOwned> List<T> find(UUID team, Class<T> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(type);
        var root = query.from(type);
        query.select(root)
                .where(cb.equal(root.get("teamId"), team), root.get("id").in(ids));
        return em.createQuery(query).getResultList();
    }
}
