package koppel.api.team;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.UUID;
import koppel.api.auth.CallerContext;
import koppel.api.auth.Guarded;
import koppel.api.json.ETags;
import koppel.api.json.JsonInput;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.entity.ResourceType;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;

/** The teams a key may act on; every key may read its own, changing them needs write on teams. */
@ApplicationScoped
@Path("teams")
@Guarded(value = ResourceType.TEAMS, anyKeyReads = true)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @EJB
    private Teams teams;

    @EJB
    private ApiKeys keys;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @GET
    public PageOut<TeamOut> list() {
        ExpandParams.none(uri);
        return PageOut.of(teams.list(caller().teams(), ListParams.read(uri)), uri, TeamOut::of);
    }

    /** Creates a team; the key that created it may act on it from now on. */
    @POST
    public Response create(JsonObject body) {
        Team team = keys.createTeam(caller().keyId(), name(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(team.getId().toString())
                        .build())
                .tag(ETags.of(team))
                .entity(TeamOut.of(team))
                .build();
    }

    @GET
    @Path("{teamId}")
    public Response get(@PathParam("teamId") UUID id) {
        ExpandParams.none(uri);
        Team team = teams.get(id);
        return Response.ok(TeamOut.of(team)).tag(ETags.of(team)).build();
    }

    @PUT
    @Path("{teamId}")
    public Response rename(@PathParam("teamId") UUID id, JsonObject body) {
        Team team = teams.rename(id, name(body), ETags.expectedVersion(headers));
        return Response.ok(TeamOut.of(team)).tag(ETags.of(team)).build();
    }

    @DELETE
    @Path("{teamId}")
    public Response delete(@PathParam("teamId") UUID id) {
        teams.delete(id, ETags.expectedVersion(headers));
        return Response.noContent().build();
    }

    private ApiCaller caller() {
        return CallerContext.caller(request);
    }

    private static String name(JsonObject body) {
        JsonInput in = new JsonInput(body);
        String name = in.string("name");
        in.done();
        return name;
    }
}
