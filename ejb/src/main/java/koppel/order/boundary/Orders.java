package koppel.order.boundary;

import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.client.entity.Client;
import koppel.common.FieldErrors;
import koppel.order.entity.Order;
import koppel.order.entity.OrderData;
import koppel.order.entity.OrderItemData;
import koppel.order.entity.PaymentData;
import koppel.product.entity.Product;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
import koppel.resource.NestedChange;
import koppel.resource.TeamCollection;
import koppel.session.entity.SessionGroup;
import koppel.staff.entity.StaffMember;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;

/** A team's orders, with their items and payments. */
@Stateless
public class Orders extends TeamCollection<Order, OrderData> {

    static final Listing<Order> LISTING = Listing.of(Order.class, Field.id("client", "clientId"));

    public Orders() {
        super(new Kind<>(
                Order.class, OrderData.class, ResourceType.ORDERS, "The order", Order::new, Order::update, LISTING));
    }

    /**
     * The data with the payments the order has now (none for a new one): for callers that may
     * change orders but not payments.
     */
    public OrderData withCurrentPayments(UUID team, UUID id, OrderData data) {
        List<PaymentData> current = id == null
                ? List.of()
                : find(team, id).map(order -> order.data().payments()).orElse(List.of());
        return new OrderData(
                data.client(), data.items(), current, data.note(), data.externalReference(), data.customData());
    }

    @Override
    protected void checkRules(OrderData data, FieldErrors errors) {
        for (int at = 0; at < data.items().size(); at++) {
            OrderItemData item = data.items().get(at);
            if (item.isBooking() && item.sessionGroup() == null) {
                errors.add(List.of("items", at, "session_group"), "A booking names its session group.");
            }
            if (item.isBooking() && item.participants().isEmpty()) {
                errors.add(List.of("items", at, "participants"), "A booking has at least one participant.");
            }
            if (!item.isBooking() && item.voucher() == null) {
                errors.add(List.of("items", at, "voucher"), "A voucher item describes its voucher.");
            }
        }
    }

    @Override
    protected void checkReferences(UUID team, UUID id, OrderData data) {
        reference(Client.class, team, data.client(), "client");
        for (OrderItemData item : data.items()) {
            if (item.sessionGroup() != null) {
                reference(SessionGroup.class, team, item.sessionGroup(), "items");
            }
            if (item.voucher() != null) {
                reference(Product.class, team, item.voucher().product(), "items");
            }
        }
        for (PaymentData payment : data.payments()) {
            if (payment.operator() != null) {
                reference(StaffMember.class, team, payment.operator(), "payments");
            }
        }
    }

    /** Payments added, changed or removed by a write of the order raise their own events. */
    @Override
    protected List<NestedChange> nestedChanges(OrderData before, OrderData after) {
        Map<UUID, PaymentData> old = payments(before);
        Map<UUID, PaymentData> now = payments(after);
        List<NestedChange> changes = new ArrayList<>();
        now.forEach((id, payment) -> {
            if (!old.containsKey(id)) {
                changes.add(new NestedChange(EventResource.PAYMENT, EventAction.CREATED, id, null));
            } else if (!old.get(id).equals(payment)) {
                changes.add(new NestedChange(EventResource.PAYMENT, EventAction.UPDATED, id, null));
            }
        });
        old.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(id -> changes.add(new NestedChange(EventResource.PAYMENT, EventAction.DELETED, id, null)));
        return changes;
    }

    private static Map<UUID, PaymentData> payments(OrderData order) {
        Map<UUID, PaymentData> byId = new LinkedHashMap<>();
        if (order != null) {
            order.payments().forEach(payment -> byId.put(payment.id(), payment));
        }
        return byId;
    }

    /** Participants booked on a session group, over all orders. */
    public int participantsBooked(UUID sessionGroup) {
        Long booked = em.createQuery(
                        "select coalesce(sum(i.participantCount), 0) from OrderItem i where i.sessionGroupId = :group",
                        Long.class)
                .setParameter("group", sessionGroup)
                .getSingleResult();
        return booked.intValue();
    }
}
