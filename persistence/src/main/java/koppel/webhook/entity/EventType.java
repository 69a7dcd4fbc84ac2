package koppel.webhook.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One type of event an endpoint can subscribe to, {@code <resource>.<action>} such as {@code
 * client.created}: every {@link EventResource} with every {@link EventAction}, the list that
 * {@code GET /event-types} shows and that endpoints' {@code event_types} are checked against.
 */
public record EventType(EventResource resource, EventAction action) {

    /** The most entries an endpoint's list may have (every type, and then some slack for "*"). */
    public static final int MAX_LISTED = 100;

    private static final List<EventType> ALL = Arrays.stream(EventResource.values())
            .flatMap(resource -> Arrays.stream(EventAction.values()).map(action -> new EventType(resource, action)))
            .toList();

    /** Every event type, by resource, then created, updated, deleted. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The type of this name ("client.created"); empty for an unknown one. */
    public static Optional<EventType> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** Whether an endpoint may list this entry: a known type, or {@code *} for all. */
    public static boolean subscribable(String entry) {
        return WebhookEndpoint.ALL_TYPES.equals(entry) || byName(entry).isPresent();
    }

    /** The name event types go by: {@code client.created}. */
    public String name() {
        return resource.apiName() + "." + action.apiName();
    }

    /** One line saying when the event is raised. */
    public String description() {
        String what = resource == EventResource.STAFF
                ? "staff member"
                : resource.apiName().replace('_', ' ');
        String article = what.matches("[aeiou].*") ? "An " : "A ";
        return switch (action) {
            case CREATED -> article + what + " was created.";
            case UPDATED -> article + what + " was changed.";
            case DELETED -> article + what + " was deleted.";
        };
    }
}
