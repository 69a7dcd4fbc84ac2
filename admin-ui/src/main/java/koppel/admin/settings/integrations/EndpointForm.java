package koppel.admin.settings.integrations;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.EventResource;
import koppel.webhook.entity.EventType;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * What the endpoint dialog edits: team (chosen once, on creation), URL, description, the event
 * types as a checklist by resource or "all events", the rate limit, and whether the integration's
 * own changes are left out. Turns the ticks into the facade's data. Whether the endpoint is enabled
 * is not edited here: a new one is, disabling asks first and enabling again offers a replay.
 */
public class EndpointForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The endpoint edited; null while adding one. */
    private WebhookEndpoint endpoint;

    private String team;
    private String url;
    private String description;
    private boolean allEvents = true;
    private final Map<String, Boolean> ticked = new HashMap<>();
    private Integer maxRate;
    private boolean excludeOwnChanges = true;

    void fill(WebhookEndpoint edited) {
        endpoint = edited;
        ticked.clear();
        if (edited == null) {
            team = null;
            url = null;
            description = null;
            allEvents = true;
            maxRate = null;
            excludeOwnChanges = true;
            return;
        }
        EndpointData data = edited.data();
        team = edited.getTeamId().toString();
        url = data.url();
        description = data.description();
        allEvents = data.eventTypes().contains(WebhookEndpoint.ALL_TYPES);
        data.eventTypes().forEach(type -> ticked.put(type, true));
        maxRate = data.maxRate();
        excludeOwnChanges = data.excludeOwnChanges();
    }

    EndpointData data(UUID integration) {
        List<String> types = allEvents ? List.of(WebhookEndpoint.ALL_TYPES) : tickedTypes();
        boolean enabled = endpoint == null || endpoint.isEnabled();
        return new EndpointData(integration, url, description, types, enabled, maxRate, excludeOwnChanges);
    }

    /** Whether "all events" is unticked and no event type ticked either. */
    boolean subscribesToNothing() {
        return !allEvents && tickedTypes().isEmpty();
    }

    private List<String> tickedTypes() {
        return EventType.all().stream()
                .map(EventType::name)
                .filter(name -> Boolean.TRUE.equals(ticked.get(name)))
                .toList();
    }

    /** Whether the dialog adds an endpoint (and asks for its team) rather than editing one. */
    public boolean isAdding() {
        return endpoint == null;
    }

    WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public List<EventResource> getResources() {
        return Arrays.asList(EventResource.values());
    }

    /** The resource's event types: created, updated, deleted. */
    public List<EventType> typesOf(EventResource resource) {
        return EventType.all().stream()
                .filter(type -> type.resource() == resource)
                .toList();
    }

    public Map<String, Boolean> getTicked() {
        return ticked;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAllEvents() {
        return allEvents;
    }

    public void setAllEvents(boolean allEvents) {
        this.allEvents = allEvents;
    }

    public Integer getMaxRate() {
        return maxRate;
    }

    public void setMaxRate(Integer maxRate) {
        this.maxRate = maxRate;
    }

    public boolean isExcludeOwnChanges() {
        return excludeOwnChanges;
    }

    public void setExcludeOwnChanges(boolean excludeOwnChanges) {
        this.excludeOwnChanges = excludeOwnChanges;
    }
}
