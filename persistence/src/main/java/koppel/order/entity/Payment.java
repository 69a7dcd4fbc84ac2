package koppel.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A payment towards an order; lives and dies with it. */
@Entity
@Table(name = "payments")
public class Payment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 16)
    private String method;

    @Column(name = "paid_on")
    private LocalDate date;

    @Column(name = "operator_id")
    private UUID operatorId;

    protected Payment() {}

    Payment(Order order, UUID id) {
        this.order = order;
        this.id = id;
    }

    void update(PaymentData data) {
        amount = data.amount();
        method = data.method();
        date = data.date();
        operatorId = data.operator();
    }

    PaymentData data() {
        return new PaymentData(id, amount, method, date, operatorId);
    }

    UUID getId() {
        return id;
    }
}
