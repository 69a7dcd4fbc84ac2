package koppel.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import koppel.common.entity.TeamOwned;
import koppel.product.entity.Pricing;
import koppel.product.entity.PricingColumn;

/**
 * One run of a product that people book as a whole: a course of several sessions, say. On sale, it
 * is an event in the ticketing system of its team's link, whose state it shows ({@link TicketingState}).
 */
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

    @Column(name = "on_sale", nullable = false)
    private boolean onSale;

    @Column(name = "ticketing_link_id")
    private UUID ticketingLink;

    @Column(name = "ticketing_remote_id", length = 100)
    private String ticketingRemoteId;

    @Column(name = "ticketing_status", length = 16)
    private String ticketingStatus;

    @Column(name = "ticketing_sold")
    private Integer ticketingSold;

    @Column(name = "ticketing_available")
    private Integer ticketingAvailable;

    @Column(name = "ticketing_synced_at")
    private Instant ticketingSyncedAt;

    @Column(name = "ticketing_error", length = 1000)
    private String ticketingError;

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
        onSale = Boolean.TRUE.equals(data.onSale());
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
                onSale,
                getTicketing().orElse(null),
                getExternalReference().orElse(null),
                getCustomData());
    }

    /**
     * Shows what the ticketing system said, stamped now; false (and nothing changed) when it
     * says what is shown already. Without a link the session group shows no ticketing at all.
     */
    public boolean showTicketing(TicketingState state) {
        TicketingState shown = getTicketing().orElse(null);
        if (state == null ? shown == null : sameExceptTime(state, shown)) {
            return false;
        }
        ticketingLink = state == null ? null : state.link();
        ticketingRemoteId = state == null ? null : state.remoteId();
        ticketingStatus = state == null ? null : state.status();
        ticketingSold = state == null ? null : state.sold();
        ticketingAvailable = state == null ? null : state.available();
        ticketingSyncedAt = state == null ? null : Instant.now().truncatedTo(ChronoUnit.MICROS);
        ticketingError = state == null ? null : state.error();
        return true;
    }

    private static boolean sameExceptTime(TicketingState a, TicketingState b) {
        return b != null
                && Objects.equals(a.link(), b.link())
                && Objects.equals(a.remoteId(), b.remoteId())
                && Objects.equals(a.status(), b.status())
                && Objects.equals(a.sold(), b.sold())
                && Objects.equals(a.available(), b.available())
                && Objects.equals(a.error(), b.error());
    }

    public Optional<TicketingState> getTicketing() {
        return ticketingLink == null
                ? Optional.empty()
                : Optional.of(new TicketingState(
                        ticketingLink,
                        ticketingRemoteId,
                        ticketingStatus,
                        ticketingSold,
                        ticketingAvailable,
                        ticketingSyncedAt,
                        ticketingError));
    }

    public boolean isOnSale() {
        return onSale;
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
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
