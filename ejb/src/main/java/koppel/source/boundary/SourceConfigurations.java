package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.common.ConflictException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.external.Configurations;
import koppel.external.ExternalException;
import koppel.source.control.ClientFields;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.SourceAuthorization;
import koppel.source.entity.SourceConfiguration;
import koppel.source.entity.SourceName;
import koppel.source.type.DataType;
import koppel.source.type.SourceConnection;
import koppel.source.type.SourceType;
import koppel.source.type.SourceTypes;

/**
 * Source configurations (step 0 of the seed): a source type, a name and an authorization, then the
 * data types to transfer, each shown disabled until its field mapping is valid and it is activated.
 */
@Stateless
public class SourceConfigurations {

    public static final String NAME_TAKEN = "A source configuration with this name already exists.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    @Inject
    private SourceTypes types;

    @Inject
    private Configurations configurations;

    @EJB
    private Authorizations authorizations;

    public List<SourceType> types() {
        return types.all();
    }

    /** The Koppel client fields a mapping may assign, in the order forms list them. */
    public List<String> clientFields() {
        return ClientFields.names();
    }

    public List<SourceConfiguration> list() {
        return em.createNamedQuery(SourceConfiguration.ALL, SourceConfiguration.class)
                .getResultList();
    }

    public Optional<SourceConfiguration> find(UUID id) {
        return Optional.ofNullable(em.find(SourceConfiguration.class, id));
    }

    public SourceConfiguration get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The source configuration"));
    }

    /** The type of a configuration; one whose type is gone from Koppel cannot run. */
    public SourceType typeOf(SourceConfiguration configuration) {
        return types.find(configuration.getSourceType())
                .orElseThrow(() -> new ConflictException(
                        "Koppel no longer knows the source type " + configuration.getSourceType() + "."));
    }

    public SourceConfiguration create(
            String sourceType, String name, UUID authorization, Map<String, String> settings) {
        SourceType type = types.find(sourceType == null ? "" : sourceType)
                .orElseThrow(() -> InvalidFieldsException.of("source_type", "Choose an integration source."));
        SourceName checked = validation.check(new SourceName(name));
        UniqueNames.refuseTaken(em, SourceConfiguration.class, checked.name(), null, NAME_TAKEN);
        SourceConfiguration configuration = new SourceConfiguration(type.id(), checked.name());
        configuration.authorize(usable(type, authorization), configurations.store(type.fields(), settings, Map.of()));
        em.persist(configuration);
        UniqueNames.flush(em, NAME_TAKEN);
        return configuration;
    }

    public SourceConfiguration update(UUID id, String name, UUID authorization, Map<String, String> settings) {
        SourceConfiguration configuration = get(id);
        SourceType type = typeOf(configuration);
        SourceName checked = validation.check(new SourceName(name));
        UniqueNames.refuseTaken(em, SourceConfiguration.class, checked.name(), id, NAME_TAKEN);
        configuration.rename(checked.name());
        configuration.authorize(
                usable(type, authorization),
                configurations.store(type.fields(), settings, configuration.getSettings()));
        UniqueNames.flush(em, NAME_TAKEN);
        return configuration;
    }

    /** The authorization, which must be of a kind the type can call its service with. */
    private SourceAuthorization usable(SourceType type, UUID id) {
        if (id == null) {
            throw InvalidFieldsException.of("authorization", "Select a third-party authorization.");
        }
        SourceAuthorization authorization = authorizations
                .find(id)
                .orElseThrow(() -> InvalidFieldsException.of("authorization", "No such authorization."));
        if (!type.authorizations().contains(authorization.getKind())) {
            throw InvalidFieldsException.of(
                    "authorization", type.name() + " cannot be called with an authorization of this kind.");
        }
        return authorization;
    }

    /** Adds a data type to transfer ("Ajouter"); it is shown disabled, with the type's suggested mapping. */
    public SourceConfiguration addDataType(UUID id, String dataType) {
        SourceConfiguration configuration = get(id);
        DataType type = typeOf(configuration)
                .dataType(dataType == null ? "" : dataType)
                .orElseThrow(() -> InvalidFieldsException.of("data_type", "Choose a data type to transfer."));
        if (!configuration.add(type.id())) {
            throw InvalidFieldsException.of("data_type", "This data type is transferred already.");
        }
        configuration.dataType(type.id()).orElseThrow().map(type.suggested());
        return configuration;
    }

    public SourceConfiguration removeDataType(UUID id, String dataType) {
        SourceConfiguration configuration = get(id);
        configuration.remove(dataType);
        return configuration;
    }

    /** Replaces the data type's field mapping; the data type is disabled until activated again. */
    public SourceConfiguration map(UUID id, String dataType, List<FieldAssignment> mapping) {
        SourceConfiguration configuration = get(id);
        DataType type = dataTypeOf(configuration, dataType);
        List<String> problems = problems(type, mapping, false);
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of("mapping", problems);
        }
        configuration.dataType(type.id()).orElseThrow().map(mapping);
        return configuration;
    }

    /** Activates the data type ("Activer"): refused, saying why, until its mapping is valid. */
    public SourceConfiguration activate(UUID id, String dataType) {
        SourceConfiguration configuration = get(id);
        DataType type = dataTypeOf(configuration, dataType);
        DataTransfer transfer = configuration.dataType(type.id()).orElseThrow();
        List<String> problems = problems(type, transfer.getMapping(), true);
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of("mapping", problems);
        }
        transfer.activate();
        return configuration;
    }

    public SourceConfiguration deactivate(UUID id, String dataType) {
        SourceConfiguration configuration = get(id);
        configuration.dataType(dataType).ifPresent(DataTransfer::deactivate);
        return configuration;
    }

    /** The settings to show: all but the secrets. */
    public Map<String, String> visibleSettings(UUID id) {
        SourceConfiguration configuration = get(id);
        return Configurations.visible(typeOf(configuration).fields(), configuration.getSettings());
    }

    /** Deletes it, unless an integration is made from it. */
    public void delete(UUID id) {
        SourceConfiguration configuration = get(id);
        long integrations = em.createQuery(
                        "select count(i) from SourceIntegration i where i.configuration = :configuration", Long.class)
                .setParameter("configuration", configuration)
                .getSingleResult();
        if (integrations > 0) {
            throw new ConflictException("An integration is made from this configuration: delete it first.");
        }
        em.remove(configuration);
    }

    /** Checks that the service answers and takes the authorization; the failure's message says why not. */
    public void verify(UUID id) throws ExternalException {
        connect(get(id)).verify();
    }

    /** A connection to the configuration's service. */
    public SourceConnection connect(SourceConfiguration configuration) {
        SourceAuthorization authorization = configuration
                .getAuthorization()
                .orElseThrow(() -> new ConflictException("The configuration has no authorization."));
        SourceType type = typeOf(configuration);
        return type.connect(
                authorizations.credentials(authorization),
                configurations.readable(type.fields(), configuration.getSettings()));
    }

    private DataType dataTypeOf(SourceConfiguration configuration, String dataType) {
        if (configuration.dataType(dataType == null ? "" : dataType).isEmpty()) {
            throw new NoSuchResourceException("The data type");
        }
        return typeOf(configuration).dataType(dataType).orElseThrow(() -> new NoSuchResourceException("The data type"));
    }

    /**
     * What is wrong with a mapping: fields the type or Koppel does not have, a field assigned twice,
     * and, when {@code whole}, no primary key or nothing else assigned.
     */
    static List<String> problems(DataType type, List<FieldAssignment> mapping, boolean whole) {
        List<String> problems = new ArrayList<>();
        Set<String> remote = new HashSet<>();
        Set<String> koppel = new HashSet<>();
        int keys = 0;
        for (FieldAssignment assignment : mapping) {
            if (assignment.remoteField() == null
                    || type.remoteField(assignment.remoteField()).isEmpty()) {
                problems.add("The third party has no field " + assignment.remoteField() + ".");
            } else if (!remote.add(assignment.remoteField())) {
                problems.add("The field " + assignment.remoteField() + " is assigned twice.");
            }
            if (assignment.koppelField() == null || !ClientFields.names().contains(assignment.koppelField())) {
                problems.add("Koppel has no field " + assignment.koppelField() + ".");
            } else if (!koppel.add(assignment.koppelField())) {
                problems.add("The Koppel field " + assignment.koppelField() + " is assigned twice.");
            }
            if (assignment.direction() == null) {
                problems.add("Choose the direction of " + assignment.remoteField() + ".");
            }
            if (assignment.primaryKey()) {
                keys++;
                if (!type.remoteKeys().contains(assignment.remoteField())) {
                    problems.add(assignment.remoteField() + " cannot be the primary key; "
                            + String.join(", ", type.remoteKeys()) + " can.");
                }
            }
        }
        if (keys > 1) {
            problems.add("Only one field is the primary key.");
        }
        if (whole && keys == 0) {
            problems.add("Assign the third party's primary key to a Koppel field first.");
        }
        if (whole && mapping.size() - keys < 1) {
            problems.add("Assign at least one field besides the primary key.");
        }
        return problems;
    }
}
