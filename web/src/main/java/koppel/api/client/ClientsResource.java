package koppel.api.client;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.UUID;
import koppel.api.auth.Guarded;
import koppel.api.common.Resources;
import koppel.api.json.ETags;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.client.boundary.Clients;
import koppel.client.entity.Client;
import koppel.common.control.Saved;

/** A team's clients. */
@RequestScoped
@Path("teams/{teamId}/clients")
@Guarded(ResourceType.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @EJB
    private Clients clients;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    public PageOut<ClientOut> list(@PathParam("teamId") UUID team) {
        ExpandParams.none(uri);
        return PageOut.of(clients.list(team, ListParams.read(uri)), uri, ClientOut::of);
    }

    @POST
    public Response create(@PathParam("teamId") UUID team, JsonObject body) {
        Client client = clients.create(team, ClientIn.read(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(client.getId().toString())
                        .build())
                .tag(ETags.of(client))
                .entity(ClientOut.of(client))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        ExpandParams.none(uri);
        Client client = clients.get(team, Resources.id(id));
        return Response.ok(ClientOut.of(client)).tag(ETags.of(client)).build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("teamId") UUID team, @PathParam("id") String id, JsonObject body) {
        Saved<Client> saved = clients.put(team, Resources.id(id), ClientIn.read(body), ETags.expectedVersion(headers));
        return Resources.saved(saved, uri, ETags.of(saved.resource()), ClientOut.of(saved.resource()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        clients.delete(team, Resources.id(id), ETags.expectedVersion(headers));
        return Response.noContent().build();
    }
}
