package koppel.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import koppel.api.auth.Guarded;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.common.FieldErrors;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.webhook.entity.EventType;

/**
 * {@code GET /event-types}: every type of event an endpoint can subscribe to, for any valid key, as
 * a list like every other (a fixed one: paged, neither filtered nor ordered).
 */
@ApplicationScoped
@Path("event-types")
@Guarded(value = ResourceType.WEBHOOKS, anyKeyReads = true, readOnly = true)
@Produces(MediaType.APPLICATION_JSON)
public class EventTypesResource {

    @Context
    private UriInfo uri;

    @GET
    public PageOut<EventTypeOut> list() {
        ExpandParams.none(uri);
        ListQuery query = ListParams.read(uri);
        FieldErrors errors = new FieldErrors();
        query.filters().keySet().stream().sorted().forEach(name -> errors.add(name, "Unknown filter."));
        if (query.ordering() != null) {
            errors.add("ordering", "Unknown field: " + query.ordering() + ".");
        }
        query.checkWindow(errors).throwIfAny();
        List<EventType> all = EventType.all();
        int from = Math.min(query.offset(), all.size());
        int to = Math.min(from + query.limit(), all.size());
        return PageOut.of(
                new Page<>(all.size(), all.subList(from, to), query.offset(), query.limit()), uri, EventTypeOut::of);
    }
}
