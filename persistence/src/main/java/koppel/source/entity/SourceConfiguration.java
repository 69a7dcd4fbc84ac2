package koppel.source.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import koppel.common.Texts;
import koppel.common.entity.Tracked;

/**
 * A source configuration ("configuration source d'intégration"): a source type (Salesforce, …), a
 * name, the authorization it calls the service with, the type's own settings, and the data types
 * it transfers, each with its field mapping.
 */
@Entity
@Table(name = "source_configurations")
@NamedQuery(name = SourceConfiguration.ALL, query = "select c from SourceConfiguration c order by c.name, c.id")
public class SourceConfiguration extends Tracked {

    public static final String ALL = "SourceConfiguration.all";
    public static final int MAX_NAME_LENGTH = 100;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    @Column(name = "source_type", nullable = false, length = 64)
    private String sourceType;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "authorization_id")
    private SourceAuthorization authorization;

    @Column(nullable = false, length = 8000)
    @Convert(converter = Settings.class)
    private Map<String, String> settings = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_data_types", joinColumns = @JoinColumn(name = "configuration_id"))
    @OrderBy("dataType")
    private List<DataTransfer> dataTypes = new ArrayList<>();

    protected SourceConfiguration() {}

    public SourceConfiguration(String sourceType, String name) {
        this.sourceType = sourceType;
        rename(name);
    }

    public void rename(String newName) {
        this.name = newName;
        this.nameKey = Texts.nameKey(newName);
    }

    public void authorize(SourceAuthorization newAuthorization, Map<String, String> newSettings) {
        this.authorization = newAuthorization;
        this.settings = new TreeMap<>(newSettings);
    }

    public String getName() {
        return name;
    }

    public String getSourceType() {
        return sourceType;
    }

    public Optional<SourceAuthorization> getAuthorization() {
        return Optional.ofNullable(authorization);
    }

    public Map<String, String> getSettings() {
        return Map.copyOf(settings);
    }

    public List<DataTransfer> getDataTypes() {
        return List.copyOf(dataTypes);
    }

    public Optional<DataTransfer> dataType(String dataType) {
        return dataTypes.stream().filter(d -> d.getDataType().equals(dataType)).findFirst();
    }

    /** Adds a data type to transfer, disabled until its mapping is valid; false when it is there already. */
    public boolean add(String dataType) {
        if (dataType(dataType).isPresent()) {
            return false;
        }
        dataTypes.add(new DataTransfer(dataType));
        return true;
    }

    public void remove(String dataType) {
        dataTypes.removeIf(d -> d.getDataType().equals(dataType));
    }
}
