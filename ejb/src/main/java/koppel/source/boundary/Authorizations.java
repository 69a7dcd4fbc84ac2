package koppel.source.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.ConflictException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.external.ConfigField;
import koppel.external.Configurations;
import koppel.source.entity.AuthorizationKind;
import koppel.source.entity.SourceAuthorization;
import koppel.source.entity.SourceName;
import koppel.source.type.Credentials;

/**
 * Third-party authorizations ("autorisations service tiers"), managed on their own page and chosen
 * by source configurations. Secret values are encrypted before they are stored and never shown
 * again; a secret left blank when editing keeps its value.
 */
@Stateless
public class Authorizations {

    public static final String NAME_TAKEN = "An authorization with this name already exists.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @Inject
    private Configurations configurations;

    /** The fields each kind of authorization asks for. */
    public static List<ConfigField> fields(AuthorizationKind kind) {
        return switch (kind) {
            case OAUTH2_CLIENT_CREDENTIALS ->
                List.of(
                        ConfigField.url("token_url", "Token URL"),
                        ConfigField.text("client_id", "Client ID", true),
                        ConfigField.secret("client_secret", "Client secret", true),
                        ConfigField.text("scope", "Scope", false));
            case API_KEY ->
                List.of(
                        new ConfigField("header", "Header", ConfigField.Kind.TEXT, false, 100, List.of(), "X-API-Key"),
                        ConfigField.secret("api_key", "API key", true));
            case BASIC ->
                List.of(
                        ConfigField.text("username", "User name", true),
                        ConfigField.secret("password", "Password", true));
        };
    }

    public List<SourceAuthorization> list() {
        return em.createNamedQuery(SourceAuthorization.ALL, SourceAuthorization.class)
                .getResultList();
    }

    public Optional<SourceAuthorization> find(UUID id) {
        return Optional.ofNullable(em.find(SourceAuthorization.class, id));
    }

    public SourceAuthorization get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The authorization"));
    }

    public SourceAuthorization create(String name, AuthorizationKind kind, Map<String, String> values) {
        SourceName checked = validation.check(new SourceName(name));
        UniqueNames.refuseTaken(em, SourceAuthorization.class, checked.name(), null, NAME_TAKEN);
        SourceAuthorization authorization =
                new SourceAuthorization(checked.name(), kind, configurations.store(fields(kind), values, Map.of()));
        em.persist(authorization);
        UniqueNames.flush(em, NAME_TAKEN);
        return authorization;
    }

    /** Changes it; a secret left blank keeps its value while the kind stays the same. */
    public SourceAuthorization update(UUID id, String name, AuthorizationKind kind, Map<String, String> values) {
        SourceAuthorization authorization = get(id);
        SourceName checked = validation.check(new SourceName(name));
        UniqueNames.refuseTaken(em, SourceAuthorization.class, checked.name(), id, NAME_TAKEN);
        Map<String, String> kept = kind == authorization.getKind() ? authorization.getSettings() : Map.of();
        authorization.rename(checked.name());
        authorization.change(kind, configurations.store(fields(kind), values, kept));
        UniqueNames.flush(em, NAME_TAKEN);
        return authorization;
    }

    /** The values to show: all but the secrets. */
    public Map<String, String> visibleSettings(UUID id) {
        SourceAuthorization authorization = get(id);
        return Configurations.visible(fields(authorization.getKind()), authorization.getSettings());
    }

    /** Deletes it, unless a source configuration calls its service with it. */
    public void delete(UUID id) {
        SourceAuthorization authorization = get(id);
        long users = em.createQuery(
                        "select count(c) from SourceConfiguration c where c.authorization = :authorization", Long.class)
                .setParameter("authorization", authorization)
                .getSingleResult();
        if (users > 0) {
            throw new ConflictException(
                    "A source configuration uses this authorization: choose another one there first.");
        }
        em.remove(authorization);
    }

    /** What a connection calls with: the values, secrets decrypted. */
    public Credentials credentials(SourceAuthorization authorization) {
        return new Credentials(
                authorization.getKind(),
                configurations.readable(fields(authorization.getKind()), authorization.getSettings()));
    }
}
