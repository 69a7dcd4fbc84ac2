package koppel.api.webhook;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import koppel.api.common.Upserts;
import koppel.api.json.ETags;
import koppel.api.json.RecordReader;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.common.InvalidFieldsException;
import koppel.webhook.boundary.DeliveryLog;
import koppel.webhook.boundary.EndpointWithSecret;
import koppel.webhook.boundary.WebhookEndpoints;
import koppel.webhook.boundary.Written;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * A team's webhook endpoints; reads need read, writes write on webhooks. The signing secret is in
 * the answer of the write that made it, and in no other:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/webhook-endpoints</td><td>a page; offset, limit, ordering, filters</td></tr>
 *   <tr><td>POST /teams/{teamId}/webhook-endpoints</td><td>201, Location, ETag, the secret; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/webhook-endpoints/{id}</td><td>the endpoint, ETag</td></tr>
 *   <tr><td>PUT /teams/{teamId}/webhook-endpoints/{id}</td>
 *       <td>200, or 201 with the secret when it creates it; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/webhook-endpoints/{id}</td><td>204; If-Match</td></tr>
 *   <tr><td>POST /teams/{teamId}/webhook-endpoints/{id}/rotate-secret</td><td>200, ETag, the new secret</td></tr>
 *   <tr><td>POST /teams/{teamId}/webhook-endpoints/{id}/ping</td><td>200, the test delivery and its attempt</td></tr>
 *   <tr><td>POST /teams/{teamId}/webhook-endpoints/{id}/recover</td>
 *       <td>202, how many deliveries are queued; {@code {"since": datetime}}</td></tr>
 * </table>
 *
 * <p>The deliveries themselves are {@link DeliveriesResource}'s.
 */
@ApplicationScoped
@Path("teams/{teamId}/webhook-endpoints")
@Guarded(ResourceType.WEBHOOKS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookEndpointsResource {

    @EJB
    private WebhookEndpoints endpoints;

    @EJB
    private DeliveryLog log;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    public PageOut<EndpointOut> list(@PathParam("teamId") UUID team) {
        ExpandParams.none(uri);
        return PageOut.of(endpoints.list(team, ListParams.read(uri)), uri, EndpointOut::of);
    }

    @POST
    public Response create(@PathParam("teamId") UUID team, JsonObject body) {
        EndpointWithSecret created = endpoints.create(team, read(body));
        WebhookEndpoint endpoint = created.endpoint();
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(endpoint.getId().toString())
                        .build())
                .tag(ETags.of(endpoint))
                .entity(out(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        ExpandParams.none(uri);
        WebhookEndpoint endpoint = endpoints.get(team, Resources.id(id));
        return Response.ok(EndpointOut.of(endpoint)).tag(ETags.of(endpoint)).build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("teamId") UUID team, @PathParam("id") String id, JsonObject body) {
        UUID endpointId = Resources.chosenId(id);
        EndpointData data = read(body);
        Long expectedVersion = ETags.expectedVersion(headers);
        Written<EndpointWithSecret> written = Upserts.put(() -> endpoints.put(team, endpointId, data, expectedVersion));
        Response.ResponseBuilder response = written.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(ETags.of(written.resource().endpoint()))
                .entity(out(written.resource()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        endpoints.delete(team, Resources.id(id), ETags.expectedVersion(headers));
        return Response.noContent().build();
    }

    /** A new secret; the old one keeps signing beside it for 24 hours. Takes no body. */
    @POST
    @Path("{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD)
    public Response rotateSecret(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        EndpointWithSecret rotated = endpoints.rotateSecret(team, Resources.id(id));
        return Response.ok(out(rotated)).tag(ETags.of(rotated.endpoint())).build();
    }

    /** Sends a test event now and answers with its delivery and attempt. Takes no body. */
    @POST
    @Path("{id}/ping")
    @Consumes(MediaType.WILDCARD)
    public Response ping(@PathParam("teamId") UUID team, @PathParam("id") String id) {
        DeliveryOut delivery = DeliveryOut.of(log.ping(team, Resources.id(id)));
        return Response.ok(delivery).tag(delivery.tag()).build();
    }

    /** Sends again what failed since a moment, and what the endpoint missed meanwhile. */
    @POST
    @Path("{id}/recover")
    public Response recover(@PathParam("teamId") UUID team, @PathParam("id") String id, JsonObject body) {
        UUID endpoint = Resources.id(id);
        endpoints.get(team, endpoint); // the endpoint before the body, as DRF's get_object(): a 404 or 403 first
        RecordReader.Read<RecoverIn> read = RecordReader.readAll(RecoverIn.class, body);
        if (!read.typeErrors().isEmpty()) {
            throw new InvalidFieldsException(read.typeErrors());
        }
        if (read.record().since() == null) {
            throw InvalidFieldsException.of("since", "This field is required.");
        }
        return Response.accepted(
                        new RecoverOut(log.recover(team, endpoint, read.record().since())))
                .build();
    }

    /** The endpoint, with its secret when the write made one. */
    private static Object out(EndpointWithSecret written) {
        return written.secret()
                .<Object>map(secret -> NewSecretOut.of(written.endpoint(), secret))
                .orElseGet(() -> EndpointOut.of(written.endpoint()));
    }

    /** What the caller sent, with the defaults; a field of the wrong type does not hide the others' mistakes. */
    private EndpointData read(JsonObject body) {
        RecordReader.Read<EndpointIn> read = RecordReader.readAll(EndpointIn.class, body);
        EndpointData data = read.record().data();
        if (!read.typeErrors().isEmpty()) {
            endpoints.refuse(data, read.typeErrors());
        }
        return data;
    }
}
