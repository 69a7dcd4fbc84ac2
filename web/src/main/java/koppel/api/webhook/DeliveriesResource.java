package koppel.api.webhook;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import koppel.api.auth.Guarded;
import koppel.api.common.Resources;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.webhook.boundary.DeliveryLog;

/**
 * The deliveries of one webhook endpoint; permission {@code webhooks} on the team:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>GET .../webhook-endpoints/{endpointId}/deliveries</td>
 *       <td>a page, oldest first; {@code status=pending|delivered|failed}, {@code ordering=-created}</td></tr>
 *   <tr><td>GET .../deliveries/{id}</td><td>the delivery with every attempt</td></tr>
 *   <tr><td>POST .../deliveries/{id}/retry</td><td>202: sent again now</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("teams/{teamId}/webhook-endpoints/{endpointId}/deliveries")
@Guarded(ResourceType.WEBHOOKS)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    @EJB
    private DeliveryLog log;

    @Context
    private UriInfo uri;

    @GET
    public PageOut<DeliveryOut> list(@PathParam("teamId") UUID team, @PathParam("endpointId") String endpoint) {
        ExpandParams.none(uri);
        return PageOut.of(log.list(team, Resources.id(endpoint), ListParams.read(uri)), uri, DeliveryOut::of);
    }

    @GET
    @Path("{id}")
    public Response get(
            @PathParam("teamId") UUID team, @PathParam("endpointId") String endpoint, @PathParam("id") String id) {
        ExpandParams.none(uri);
        DeliveryOut delivery = DeliveryOut.of(log.get(team, Resources.id(endpoint), Resources.id(id)));
        return Response.ok(delivery).tag(delivery.tag()).build();
    }

    @POST
    @Path("{id}/retry")
    public Response retry(
            @PathParam("teamId") UUID team, @PathParam("endpointId") String endpoint, @PathParam("id") String id) {
        DeliveryOut delivery = DeliveryOut.of(log.retry(team, Resources.id(endpoint), Resources.id(id)));
        return Response.accepted(delivery).tag(delivery.tag()).build();
    }
}
