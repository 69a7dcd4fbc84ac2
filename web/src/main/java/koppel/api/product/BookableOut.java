package koppel.api.product;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.onlineproduct.boundary.OnlineProducts.Bookable;
import koppel.product.entity.Pricing;

/** A session group that can still be booked, as a booking site sees it: when, places left, real prices. */
public record BookableOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("product") UUID product,
        @JsonbNillable @JsonbProperty("title") String title,
        @JsonbProperty("start") Instant start,
        @JsonbProperty("end") Instant end,
        @JsonbProperty("sessions") List<SessionOut> sessions,

        @JsonbNillable @JsonbProperty("maximum_participants")
        Integer maximumParticipants,

        @JsonbNillable @JsonbProperty("free_places") Integer freePlaces,
        @JsonbProperty("prices") Pricing prices) {

    /** One session of the group. */
    public record SessionOut(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("start") Instant start,
            @JsonbProperty("end") Instant end,
            @JsonbNillable @JsonbProperty("location") String location) {}

    public static BookableOut of(Bookable bookable) {
        return new BookableOut(
                bookable.group().getId(),
                bookable.group().getProductId(),
                bookable.group().data().title(),
                bookable.start(),
                bookable.end(),
                bookable.sessions().stream()
                        .map(session -> new SessionOut(
                                session.getId(),
                                session.data().start(),
                                session.data().end(),
                                session.data().location()))
                        .toList(),
                bookable.maximum().orElse(null),
                bookable.freePlaces().orElse(null),
                bookable.prices().orElse(Pricing.NONE));
    }
}
