package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.TreeMap;
import koppel.common.Texts;
import koppel.common.entity.Tracked;

/**
 * An authorization for a third-party service ("autorisation service tiers"): a name, how Koppel
 * authenticates, and the values that takes. Values the kind marks secret arrive here encrypted.
 */
@Entity
@Table(name = "source_authorizations")
@NamedQuery(name = SourceAuthorization.ALL, query = "select a from SourceAuthorization a order by a.name, a.id")
public class SourceAuthorization extends Tracked {

    public static final String ALL = "SourceAuthorization.all";
    public static final int MAX_NAME_LENGTH = 100;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuthorizationKind kind;

    @Column(nullable = false, length = 8000)
    @Convert(converter = Settings.class)
    private Map<String, String> settings;

    protected SourceAuthorization() {}

    public SourceAuthorization(String name, AuthorizationKind kind, Map<String, String> settings) {
        rename(name);
        change(kind, settings);
    }

    /** Renames it; the facade has checked the name. */
    public void rename(String newName) {
        this.name = newName;
        this.nameKey = Texts.nameKey(newName);
    }

    public void change(AuthorizationKind newKind, Map<String, String> newSettings) {
        this.kind = newKind;
        this.settings = new TreeMap<>(newSettings);
    }

    public String getName() {
        return name;
    }

    public AuthorizationKind getKind() {
        return kind;
    }

    public Map<String, String> getSettings() {
        return Map.copyOf(settings);
    }
}
