package koppel.api.order;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import koppel.api.auth.CallerContext;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.order.boundary.Orders;
import koppel.order.entity.Order;
import koppel.order.entity.OrderData;
import koppel.resource.TeamCollection;

/**
 * A team's orders. Their payments change only for keys with write on payments; for other keys a
 * write leaves an order's payments as they are. Its endpoints are {@link CollectionResource}'s;
 * reads need read, writes need write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/orders</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/orders</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/orders/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the order, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/orders/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the order; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/orders/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("teams/{teamId}/orders")
@Guarded(ResourceType.ORDERS)
public class OrdersResource extends CollectionResource<Order, OrderData> {

    @EJB
    private Orders orders;

    @Context
    private HttpServletRequest request;

    @Override
    protected TeamCollection<Order, OrderData> facade() {
        return orders;
    }

    @Override
    protected OrderData prepare(UUID team, UUID id, OrderData sent) {
        if (CallerContext.caller(request).may(ResourceType.PAYMENTS, Access.WRITE)) {
            return sent;
        }
        return orders.withCurrentPayments(team, id, sent);
    }
}
