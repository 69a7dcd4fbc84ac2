package koppel.api.common;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import koppel.api.json.ETags;
import koppel.api.json.Expander;
import koppel.api.json.JsonRecords;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.common.control.Saved;
import koppel.common.entity.TeamOwned;
import koppel.resource.References;
import koppel.resource.TeamCollection;

/**
 * The HTTP side of one collection of a team's resources, the same for every collection: list,
 * create, read, replace-or-create and delete, with paging, filters, expand, ETags and Location.
 * A subclass names its path and guard, and says how its resource is read from and written to JSON.
 *
 * @param <E> the entity
 * @param <D> what a caller sends
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class CollectionResource<E extends TeamOwned, D extends Record> {

    @EJB
    private References references;

    @Context
    protected UriInfo uri;

    @Context
    private HttpHeaders headers;

    protected abstract TeamCollection<E, D> facade();

    /** Reads what a caller sent, reporting every field of the wrong type at once. */
    protected D read(JsonObject body) {
        return JsonRecords.read(facade().dataType(), body);
    }

    /**
     * What a write stores, from what the caller sent; for collections where some of it needs more
     * than write access to the collection. {@code id} is null for a POST.
     */
    protected D prepare(UUID team, UUID id, D sent) {
        return sent;
    }

    /** Writes the resource, expanding the resources it refers to that {@code expand} names. */
    protected JsonObject write(UUID team, E resource, List<String> expand) {
        return Expander.expand(
                JsonRecords.write(resource, resource.data()).build(),
                resource.data(),
                expand,
                (type, ids) -> references.find(team, type, ids));
    }

    /** The paths {@code expand} may name: the references in the data, to some depth. */
    protected Set<String> expandable() {
        return Expander.paths(facade().dataType());
    }

    @GET
    public JsonObject list(@PathParam("teamId") UUID team) {
        List<String> expand = ExpandParams.read(uri, expandable());
        return PageOut.of(facade().list(team, ListParams.read(uri)), uri, resource -> write(team, resource, expand))
                .json();
    }

    @POST
    public Response create(@PathParam("teamId") UUID team, JsonObject body) {
        E resource = facade().create(team, prepare(team, null, read(body)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(resource.getId().toString())
                        .build())
                .tag(ETags.of(resource))
                .entity(write(team, resource, List.of()))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        List<String> expand = ExpandParams.read(uri, expandable());
        E resource = facade().get(team, Resources.id(id));
        return Response.ok(write(team, resource, expand))
                .tag(ETags.of(resource))
                .build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("teamId") UUID team, @PathParam("id") String id, JsonObject body) {
        UUID resourceId = Resources.id(id);
        Saved<E> saved =
                facade().put(team, resourceId, prepare(team, resourceId, read(body)), ETags.expectedVersion(headers));
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(ETags.of(saved.resource()))
                .entity(write(team, saved.resource(), List.of()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        facade().delete(team, Resources.id(id), ETags.expectedVersion(headers));
        return Response.noContent().build();
    }
}
