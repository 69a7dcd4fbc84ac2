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
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.boundary.Written;
import koppel.webhook.entity.IntegrationData;
import koppel.webhook.entity.WebhookIntegration;

/**
 * The installation's webhook integrations, which belong to no team: a key needs the webhooks
 * permission (read for GET, write for the rest) and at least one team.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>GET /webhook-integrations</td><td>a page; offset, limit, ordering, filters</td></tr>
 *   <tr><td>POST /webhook-integrations</td><td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /webhook-integrations/{id}</td><td>the integration, ETag</td></tr>
 *   <tr><td>PUT /webhook-integrations/{id}</td><td>200, or 201 when it creates it; If-Match</td></tr>
 *   <tr><td>DELETE /webhook-integrations/{id}</td><td>204, its endpoints with it; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("webhook-integrations")
@Guarded(value = ResourceType.WEBHOOKS, anyTeam = true)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookIntegrationsResource {

    @EJB
    private WebhookIntegrations integrations;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    public PageOut<IntegrationOut> list() {
        ExpandParams.none(uri);
        return PageOut.of(integrations.list(ListParams.read(uri)), uri, IntegrationOut::of);
    }

    @POST
    public Response create(JsonObject body) {
        WebhookIntegration integration = integrations.create(read(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(integration.getId().toString())
                        .build())
                .tag(ETags.of(integration))
                .entity(IntegrationOut.of(integration))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ExpandParams.none(uri);
        WebhookIntegration integration = integrations.get(Resources.id(id));
        return Response.ok(IntegrationOut.of(integration))
                .tag(ETags.of(integration))
                .build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") String id, JsonObject body) {
        UUID integrationId = Resources.chosenId(id);
        IntegrationData data = read(body);
        Long expectedVersion = ETags.expectedVersion(headers);
        Written<WebhookIntegration> written = Upserts.put(() -> integrations.put(integrationId, data, expectedVersion));
        Response.ResponseBuilder response = written.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(ETags.of(written.resource()))
                .entity(IntegrationOut.of(written.resource()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        integrations.delete(Resources.id(id), ETags.expectedVersion(headers));
        return Response.noContent().build();
    }

    /** What the caller sent; a field of the wrong type does not hide the others' mistakes. */
    private IntegrationData read(JsonObject body) {
        RecordReader.Read<IntegrationData> read = RecordReader.readAll(IntegrationData.class, body);
        if (!read.typeErrors().isEmpty()) {
            integrations.refuse(read.record(), read.typeErrors());
        }
        return read.record();
    }
}
