package koppel.customfield.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.customfield.entity.CustomField;
import koppel.resource.CustomDataCheck;

/**
 * The custom-data check every collection of a team's resources runs on a write: the team's custom
 * fields of that resource type, applied by {@link CustomDataRules}. Joins the facade's transaction.
 */
@ApplicationScoped
public class TeamCustomFields implements CustomDataCheck {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomDataRules rules;

    @Override
    public String check(UUID team, ResourceType type, String previous, String sent, Optional<UUID> integration) {
        List<CustomField> fields = em.createNamedQuery(CustomField.OF_TYPE, CustomField.class)
                .setParameter("team", team)
                .setParameter("type", type.apiName())
                .getResultList();
        return rules.check(fields, previous, sent, integration);
    }
}
