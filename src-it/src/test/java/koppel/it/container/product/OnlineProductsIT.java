package koppel.it.container.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.client.boundary.Clients;
import koppel.common.NoSuchResourceException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.onlineproduct.boundary.OnlineProducts;
import koppel.onlineproduct.boundary.OnlineProducts.Bookable;
import koppel.order.boundary.Orders;
import koppel.order.entity.OrderData;
import koppel.product.boundary.Products;
import koppel.product.entity.Product;
import koppel.query.ListQuery;
import koppel.session.boundary.SessionGroups;
import koppel.session.boundary.Sessions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OnlineProducts facade inside the server: a booking site sees only online products, and of
 * each the session groups open for booking whose first session is still ahead (at the time it
 * passes in), soonest first, with places left and the prices that apply (the group's own, else the
 * product's).
 */
@ExtendWith(ArquillianExtension.class)
class OnlineProductsIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final ListQuery ALL = new ListQuery(0, ListQuery.MAX_LIMIT, null, null);

    @EJB
    private OnlineProducts online;

    @EJB
    private Products products;

    @EJB
    private SessionGroups groups;

    @EJB
    private Sessions sessions;

    @EJB
    private Clients clients;

    @EJB
    private Orders orders;

    @Inject
    private Given given;

    private UUID team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(OnlineProductsIT.class);
    }

    @BeforeEach
    void aTeam() {
        team = given.team();
    }

    @Test
    void onlyOnlineProductsAreShown() {
        UUID sailing = products.create(team, Given.product("Sailing", 10, true, "120.00"))
                .getId();
        UUID offline = products.create(team, Given.product("Offline", 10, false, "120.00"))
                .getId();

        assertEquals(
                List.of(sailing),
                online.products(team, ALL).items().stream().map(Product::getId).toList());
        assertThrows(NoSuchResourceException.class, () -> online.bookable(team, offline, NOW));
    }

    @Test
    void bookableGroupsAreOpenAndAheadSoonestFirst() {
        UUID product = products.create(team, Given.product("Sailing", 10, true, "120.00"))
                .getId();
        UUID later = group(product, true, days(5));
        UUID sooner = group(product, true, days(3));
        group(product, false, days(3));
        group(product, true, days(-3));
        groups.create(team, Given.group(product, true)); // no session yet

        assertEquals(List.of(sooner, later), ids(online.bookable(team, product, NOW)));
        assertEquals(List.of(later), ids(online.bookable(team, product, NOW.plus(Duration.ofDays(4)))));
    }

    @Test
    void placesLeftAndPricesAreTheGroupsOwnElseTheProducts() {
        UUID product = products.create(team, Given.product("Sailing", 10, true, "120.00"))
                .getId();
        UUID plain = group(product, true, days(3));
        UUID own = groups.create(team, Given.group(product, true, 4, Given.pricing("90.00")))
                .getId();
        sessions.create(team, Given.session(own, days(4), days(4).plus(Duration.ofHours(3))));
        UUID client = clients.create(team, Given.client("Ada", "Lovelace")).getId();
        orders.create(
                team,
                new OrderData(
                        client,
                        List.of(Given.booking(plain, "Ada Byron", "Allegra Byron"), Given.booking(own, "Ada Byron")),
                        null,
                        null,
                        null,
                        null));

        List<Bookable> bookable = online.bookable(team, product, NOW);

        Bookable first = bookable.get(0);
        assertEquals(Optional.of(10), first.maximum());
        assertEquals(Optional.of(8), first.freePlaces());
        assertEquals(
                0,
                new BigDecimal("120.00")
                        .compareTo(first.prices().orElseThrow().standardPrice().taxIncluded()));
        assertEquals(days(3), first.start());
        Bookable second = bookable.get(1);
        assertEquals(Optional.of(4), second.maximum());
        assertEquals(Optional.of(3), second.freePlaces());
        assertEquals(
                0,
                new BigDecimal("90.00")
                        .compareTo(second.prices().orElseThrow().standardPrice().taxIncluded()));
    }

    /** A session group with one three-hour session starting at {@code start}. */
    private UUID group(UUID product, boolean bookable, Instant start) {
        UUID group = groups.create(team, Given.group(product, bookable)).getId();
        sessions.create(team, Given.session(group, start, start.plus(Duration.ofHours(3))));
        return group;
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static List<UUID> ids(List<Bookable> bookable) {
        return bookable.stream().map(b -> b.group().getId()).toList();
    }
}
