package koppel.ticketing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import koppel.common.Texts;
import koppel.common.entity.JsonColumn;
import koppel.common.entity.Tracked;

/**
 * A link to an external ticketing system ("Client" of an API key in the seed): a name, and once an
 * administrator chooses one, the provider that talks to the system with its configuration. Values
 * the provider marks secret arrive here already encrypted. It serves the teams selected on it (a
 * team is served by one link at most).
 */
@Entity
@Table(name = "ticketing_links")
@NamedQuery(name = TicketingLink.ALL, query = "select l from TicketingLink l order by l.name, l.id")
@NamedQuery(
        name = TicketingLink.SERVING,
        query = "select l from TicketingLink l join l.teams t where t = :team and l.provider is not null")
@NamedQuery(
        name = TicketingLink.TEAMS_TAKEN,
        query = "select t from TicketingLink l join l.teams t where l.id <> :link")
public class TicketingLink extends Tracked {

    public static final String ALL = "TicketingLink.all";
    public static final String SERVING = "TicketingLink.serving";
    public static final String TEAMS_TAKEN = "TicketingLink.teamsTaken";
    public static final int MAX_NAME_LENGTH = 100;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The name as uniqueness sees it ({@link Texts#nameKey}); the database keeps it unique. */
    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    @Column(length = 64)
    private String provider;

    @Column(length = 8000)
    @Convert(converter = ConfigurationColumn.class)
    private Map<String, String> configuration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticketing_link_teams", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "team_id")
    private Set<UUID> teams = new HashSet<>();

    /** After a 429, pulls wait until then. */
    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected TicketingLink() {}

    public TicketingLink(LinkName name) {
        rename(name);
    }

    /** Renames the link; the facade has checked the name. */
    public void rename(LinkName newName) {
        this.name = newName.name();
        this.nameKey = Texts.nameKey(name);
    }

    /** Chooses the provider and its configuration; a null provider leaves the link unconfigured. */
    public void configure(String newProvider, Map<String, String> newConfiguration) {
        this.provider = newProvider;
        this.configuration = newProvider == null ? null : new TreeMap<>(newConfiguration);
    }

    public String getName() {
        return name;
    }

    public Optional<String> getProvider() {
        return Optional.ofNullable(provider);
    }

    public Map<String, String> getConfiguration() {
        return configuration == null ? Map.of() : Map.copyOf(configuration);
    }

    /** Serves these teams from now on; the facade has checked that no other link serves them. */
    public void serve(Set<UUID> newTeams) {
        teams.clear();
        teams.addAll(newTeams);
    }

    public Set<UUID> getTeams() {
        return Set.copyOf(teams);
    }

    public boolean serves(UUID team) {
        return teams.contains(team);
    }

    public void pauseUntil(Instant until) {
        pausedUntil = until;
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }

    /** The configuration as JSON text. */
    @Converter
    static class ConfigurationColumn extends JsonColumn<Map<String, String>> {
        ConfigurationColumn() {
            super(new TreeMap<String, String>() {}.getClass().getGenericSuperclass());
        }
    }
}
