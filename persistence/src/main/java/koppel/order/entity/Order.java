package koppel.order.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import koppel.common.FieldErrors;
import koppel.common.entity.TeamOwned;

/**
 * An order of a client: its items and payments are replaced as a whole by each write, matched by
 * id: an item or payment with an id is updated (it must be this order's), one without is added,
 * and one left out is removed.
 */
@Entity
@Table(name = "orders")
public class Order extends TeamOwned {

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(length = 5000)
    private String note;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderColumn(name = "position")
    private List<OrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderColumn(name = "position")
    private List<Payment> payments = new ArrayList<>();

    protected Order() {}

    public Order(UUID id, UUID teamId, OrderData data) {
        super(id, teamId);
        update(data);
    }

    public void update(OrderData data) {
        FieldErrors errors = new FieldErrors();
        List<OrderItem> nextItems = merge(
                "items",
                items,
                data.items(),
                OrderItemData::id,
                OrderItem::getId,
                OrderItem::new,
                (item, at) -> item.update(data.items().get(at)),
                errors);
        List<Payment> nextPayments = merge(
                "payments",
                payments,
                data.payments(),
                PaymentData::id,
                Payment::getId,
                Payment::new,
                (payment, at) -> payment.update(data.payments().get(at)),
                errors);
        errors.throwIfAny();
        clientId = data.client();
        note = data.note();
        items.clear();
        items.addAll(nextItems);
        payments.clear();
        payments.addAll(nextPayments);
        describe(data.externalReference(), data.customData());
    }

    @Override
    public OrderData data() {
        return new OrderData(
                clientId,
                items.stream().map(OrderItem::data).toList(),
                payments.stream().map(Payment::data).toList(),
                note,
                getExternalReference().orElse(null),
                getCustomData());
    }

    /** The parts a write describes, in its order: existing ones by id, new ones for those without. */
    private <P, D> List<P> merge(
            String field,
            List<P> current,
            List<D> described,
            Function<D, UUID> describedId,
            Function<P, UUID> partId,
            BiFunction<Order, UUID, P> newPart,
            BiConsumer<P, Integer> update,
            FieldErrors errors) {
        Map<UUID, P> existing = new HashMap<>();
        current.forEach(part -> existing.put(partId.apply(part), part));
        List<P> next = new ArrayList<>();
        for (int at = 0; at < described.size(); at++) {
            UUID id = describedId.apply(described.get(at));
            P part = id == null ? newPart.apply(this, UUID.randomUUID()) : existing.remove(id);
            if (part == null) {
                errors.add(
                        List.of(field, at, "id"),
                        "No such " + field.substring(0, field.length() - 1)
                                + " in this order; leave the id out to add one.");
                continue;
            }
            update.accept(part, at);
            next.add(part);
        }
        return next;
    }
}
