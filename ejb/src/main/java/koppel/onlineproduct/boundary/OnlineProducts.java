package koppel.onlineproduct.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.common.NoSuchResourceException;
import koppel.order.boundary.Orders;
import koppel.product.boundary.Products;
import koppel.product.entity.Pricing;
import koppel.product.entity.Product;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.session.entity.Session;
import koppel.session.entity.SessionGroup;

/**
 * What a team sells online: its online products, and for each the session groups that can still be
 * booked, with their places left and the prices that really apply (the group's own, else the
 * product's).
 */
@Stateless
public class OnlineProducts {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Products products;

    @EJB
    private Orders orders;

    /** A session group as a booking site shows it. */
    public record Bookable(
            SessionGroup group,
            List<Session> sessions,
            Optional<Integer> maximum,
            Optional<Integer> freePlaces,
            Optional<Pricing> prices) {

        public Instant start() {
            return sessions.get(0).data().start();
        }

        public Instant end() {
            return sessions.stream()
                    .map(session -> session.data().end())
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    public Page<Product> products(UUID team, ListQuery query) {
        return products.online(team, query);
    }

    /** The product's session groups open for booking whose first session is still ahead, soonest first. */
    public List<Bookable> bookable(UUID team, UUID productId, Instant now) {
        Product product = products.get(team, productId);
        if (!product.isOnline()) {
            throw new NoSuchResourceException("The online product");
        }
        List<SessionGroup> groups = em.createQuery(
                        "select g from SessionGroup g where g.teamId = :team and g.productId = :product and g.bookable = true",
                        SessionGroup.class)
                .setParameter("team", team)
                .setParameter("product", productId)
                .getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Session>> sessions = em.createQuery(
                        "select s from Session s where s.sessionGroupId in :groups order by s.start, s.id",
                        Session.class)
                .setParameter("groups", groups.stream().map(SessionGroup::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(session -> session.data().sessionGroup()));
        return groups.stream()
                .filter(group -> sessions.containsKey(group.getId()))
                .map(group -> bookable(product, group, sessions.get(group.getId())))
                .filter(bookable -> bookable.start().isAfter(now))
                .sorted(Comparator.comparing(Bookable::start)
                        .thenComparing(bookable -> bookable.group().getId()))
                .toList();
    }

    private Bookable bookable(Product product, SessionGroup group, List<Session> sessions) {
        Optional<Integer> maximum = group.getMaximumParticipants().or(product::getMaximumParticipants);
        Optional<Integer> free = maximum.map(places -> Math.max(0, places - placesTaken(group)));
        return new Bookable(group, sessions, maximum, free, group.getPrices().or(product::getSessionPrices));
    }

    private int placesTaken(SessionGroup group) {
        return orders.participantsBooked(group.getId());
    }
}
