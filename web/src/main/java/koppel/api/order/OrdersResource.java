package koppel.api.order;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
 * write leaves an order's payments as they are.
 */
@RequestScoped
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
