package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.admin.faces.Moments;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.TicketingState;
import koppel.team.entity.Team;
import koppel.ticketing.boundary.Runs;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.entity.TicketingRun;

/**
 * Backs the lower half of {@code links.xhtml}, what a link does once it has a type: the teams it
 * serves (a team is served by one link at most, so only the teams no other link serves are
 * offered), "Sync now", the last runs (verifications, pushes and pulls, in the ticketing system's
 * own words when it refused) and the events of the session groups it pushed. The link is the one
 * {@link LinksBacking} opened.
 */
@Named
@ViewScoped
public class LinkSyncBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many runs and events the page shows. */
    static final int RUNS_SHOWN = 20;

    static final int EVENTS_SHOWN = 100;

    @EJB
    private TicketingLinks links;

    @EJB
    private Runs runs;

    @Inject
    private LinksBacking page;

    @Inject
    private Moments moments;

    private List<String> teamIds;
    private transient List<Team> servable;
    private transient List<TicketingRun> lastRuns;
    private transient List<SessionGroup> events;

    private Optional<UUID> link() {
        return Optional.ofNullable(page.getSelected()).map(TicketingLink::getId);
    }

    /** Serves the teams ticked: session groups on sale in them are pushed through this link. */
    public void saveTeams() {
        UUID id = link().orElseThrow();
        try {
            TicketingLink saved =
                    links.serve(id, getTeamIds().stream().map(UUID::fromString).collect(Collectors.toSet()));
            teamIds = names(saved.getTeams());
            servable = null;
            Messages.info("links.teamsSaved", saved.getName());
        } catch (InvalidFieldsException e) {
            servable = null;
            Messages.add("serve:teams", FacesMessage.SEVERITY_ERROR, Messages.text("links.teamsRefused"));
        } catch (NoSuchResourceException e) {
            Messages.error("links.notFound");
        }
    }

    /** Queues a pull of sales and a retry of failed pushes; their runs show up once done. */
    public void syncNow() {
        try {
            links.syncNow(link().orElseThrow());
            Messages.info("links.syncStarted");
        } catch (NoSuchResourceException e) {
            Messages.error("links.notFound");
        }
        refreshRuns();
    }

    /** Reads the runs and events again at the next rendering. */
    public void refreshRuns() {
        lastRuns = null;
        events = null;
    }

    public List<String> getTeamIds() {
        if (teamIds == null) {
            teamIds = link().flatMap(links::find)
                    .map(found -> names(found.getTeams()))
                    .orElseGet(ArrayList::new);
        }
        return teamIds;
    }

    public void setTeamIds(List<String> teamIds) {
        this.teamIds = teamIds;
    }

    private static List<String> names(Set<UUID> ids) {
        return new ArrayList<>(
                new HashSet<>(ids).stream().map(UUID::toString).sorted().toList());
    }

    /** The teams this link may serve: those no other link serves. */
    public List<Team> getServable() {
        if (servable == null) {
            servable = link().map(links::servable).orElse(List.of());
        }
        return servable;
    }

    public List<TicketingRun> getRuns() {
        if (lastRuns == null) {
            lastRuns = link().map(id -> runs.latest(id, RUNS_SHOWN)).orElse(List.of());
        }
        return lastRuns;
    }

    public List<SessionGroup> getEvents() {
        if (events == null) {
            events = link().map(id -> links.sessionGroups(id, EVENTS_SHOWN)).orElse(List.of());
        }
        return events;
    }

    /** A moment as every page shows it. */
    public String when(Instant at) {
        return moments.format(Optional.ofNullable(at));
    }

    public String kind(TicketingRun run) {
        return Messages.translated(
                "run.kind." + run.getKind().name(), run.getKind().name());
    }

    /** What started a run, in the page's language (the name itself for one the bundle does not know). */
    public String trigger(TicketingRun run) {
        return Messages.translated("run.trigger." + run.getTrigger(), run.getTrigger());
    }

    public String outcome(TicketingRun run) {
        return Messages.translated(
                "run.outcome." + run.getOutcome().name(), run.getOutcome().name());
    }

    /** The tag's colour for an outcome. */
    public String severity(TicketingRun run) {
        return switch (run.getOutcome()) {
            case OK -> "success";
            case CONFLICT -> "warning";
            case ERROR -> "danger";
        };
    }

    /** A session group's title, or its id where it has none. */
    public String title(SessionGroup group) {
        return group.getTitle().orElse(group.getId().toString());
    }

    /** The event's state in the ticketing system, or nothing before the first push answered. */
    public TicketingState state(SessionGroup group) {
        return group.getTicketing().orElse(null);
    }

    public String status(TicketingState state) {
        return state == null || state.status() == null
                ? "–"
                : Messages.translated("event.status." + state.status(), state.status());
    }

    /** A count, or a dash where the ticketing system gave none. */
    public String count(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
