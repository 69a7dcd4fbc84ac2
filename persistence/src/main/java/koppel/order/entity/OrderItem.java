package koppel.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.JsonColumn;

/** One item of an order; lives and dies with it. */
@Entity
@Table(name = "order_items")
public class OrderItem {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Column(nullable = false, length = 16)
    private String type;

    @Column(name = "session_group_id")
    private UUID sessionGroupId;

    @Column(name = "voucher_code", length = 100)
    private String voucherCode;

    @Column(name = "voucher_product_id")
    private UUID voucherProductId;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "participant_count", nullable = false)
    private int participantCount;

    @Convert(converter = ParticipantsColumn.class)
    @Column(length = 200_000)
    private List<ParticipantData> participants;

    protected OrderItem() {}

    OrderItem(Order order, UUID id) {
        this.order = order;
        this.id = id;
    }

    void update(OrderItemData data) {
        type = data.type();
        sessionGroupId = data.sessionGroup();
        voucherCode = data.voucher() == null ? null : data.voucher().code();
        voucherProductId = data.voucher() == null ? null : data.voucher().product();
        price = data.price();
        participants = new ArrayList<>(data.participants());
        participantCount = participants.size();
    }

    OrderItemData data() {
        return new OrderItemData(
                id,
                type,
                sessionGroupId,
                voucherProductId == null ? null : new VoucherData(voucherProductId, voucherCode),
                participants == null ? List.of() : participants,
                price);
    }

    UUID getId() {
        return id;
    }

    /** Participants kept as JSON text: read and written whole with their item. */
    @Converter
    static class ParticipantsColumn extends JsonColumn<List<ParticipantData>> {
        ParticipantsColumn() {
            super(new ArrayList<ParticipantData>() {}.getClass().getGenericSuperclass());
        }
    }
}
