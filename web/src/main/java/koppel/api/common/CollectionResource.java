package koppel.api.common;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import koppel.api.auth.CallerContext;
import koppel.api.auth.ExpandPermissions;
import koppel.api.json.ETags;
import koppel.api.json.Expansions;
import koppel.api.json.RecordReader;
import koppel.api.json.ResourceOut;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.common.entity.TeamOwned;
import koppel.query.Page;
import koppel.resource.References;
import koppel.resource.Saved;
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

    @Context
    private HttpServletRequest request;

    /** The facade's data type, asked once: every call of the facade is a container invocation. */
    private volatile Class<D> dataType;

    protected abstract TeamCollection<E, D> facade();

    private Class<D> dataType() {
        Class<D> type = dataType;
        if (type == null) {
            type = facade().dataType();
            dataType = type;
        }
        return type;
    }

    /**
     * Reads what a caller sent. A field of the wrong type does not hide the others: the facade then
     * checks the rest against its rules, and every mistake is reported at once.
     */
    protected D read(JsonObject body) {
        RecordReader.Read<D> read = RecordReader.readAll(dataType(), body);
        if (!read.typeErrors().isEmpty()) {
            facade().refuse(read.record(), read.typeErrors());
        }
        return read.record();
    }

    /**
     * What a write stores, from what the caller sent; for collections where some of it needs more
     * than write access to the collection. {@code id} is null for a POST.
     */
    protected D prepare(UUID team, UUID id, D sent) {
        return sent;
    }

    /** The resources as written, with the resources they refer to that {@code expand} names. */
    protected List<ResourceOut> write(UUID team, List<E> resources, List<String> expand) {
        return Expansions.of(resources, expand, (type, ids) -> references.find(team, type, ids));
    }

    private ResourceOut write(UUID team, E resource, List<String> expand) {
        return write(team, List.of(resource), expand).get(0);
    }

    /** The paths {@code expand} may name: the references in the data, to some depth. */
    protected Set<String> expandable() {
        return Expansions.paths(dataType());
    }

    /** The paths the query string asks to expand, known ones only, and each one the caller may read. */
    private List<String> expand() {
        List<String> expand = ExpandParams.read(uri, expandable());
        if (!expand.isEmpty()) {
            ExpandPermissions.check(CallerContext.caller(request), dataType(), expand);
        }
        return expand;
    }

    @GET
    public PageOut<ResourceOut> list(@PathParam("teamId") UUID team) {
        List<String> expand = expand();
        Page<E> page = facade().list(team, ListParams.read(uri));
        return PageOut.of(page, uri, write(team, page.items(), expand));
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
        List<String> expand = expand();
        E resource = facade().get(team, Resources.id(id));
        return Response.ok(write(team, resource, expand))
                .tag(ETags.of(resource))
                .build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("teamId") UUID team, @PathParam("id") String id, JsonObject body) {
        UUID resourceId = Resources.chosenId(id);
        D data = prepare(team, resourceId, read(body));
        Long expectedVersion = ETags.expectedVersion(headers);
        Saved<E> saved = Upserts.put(() -> facade().put(team, resourceId, data, expectedVersion));
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
