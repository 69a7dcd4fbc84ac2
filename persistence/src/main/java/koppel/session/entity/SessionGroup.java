package koppel.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import koppel.common.entity.TeamOwned;
import koppel.product.entity.Pricing;
import koppel.product.entity.PricingColumn;

/** One run of a product that people book as a whole: a course of several sessions, say. */
@Entity
@Table(name = "session_groups")
public class SessionGroup extends TeamOwned {

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(length = 200)
    private String title;

    @Column(name = "maximum_participants")
    private Integer maximumParticipants;

    @Column(nullable = false)
    private boolean bookable;

    @Convert(converter = PricingColumn.class)
    @Column(length = 20_000)
    private Pricing prices;

    protected SessionGroup() {}

    public SessionGroup(UUID id, UUID teamId, SessionGroupData data) {
        super(id, teamId);
        update(data);
    }

    public void update(SessionGroupData data) {
        productId = data.product();
        title = data.title();
        maximumParticipants = data.maximumParticipants();
        bookable = Boolean.TRUE.equals(data.bookable());
        prices = Pricing.stored(data.prices());
        describe(data.externalReference(), data.customData());
    }

    @Override
    public SessionGroupData data() {
        return new SessionGroupData(
                productId,
                title,
                maximumParticipants,
                bookable,
                Pricing.answered(prices),
                getExternalReference().orElse(null),
                getCustomData());
    }

    public UUID getProductId() {
        return productId;
    }

    public boolean isBookable() {
        return bookable;
    }

    /** Its own maximum, if it has one (else the product's holds). */
    public Optional<Integer> getMaximumParticipants() {
        return Optional.ofNullable(maximumParticipants);
    }

    /** Its own prices, if it has them (else the product's hold). */
    public Optional<Pricing> getPrices() {
        return Optional.ofNullable(prices);
    }
}
