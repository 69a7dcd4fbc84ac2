package koppel.it.container.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.client.boundary.Clients;
import koppel.common.ForeignResourceException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.order.boundary.Orders;
import koppel.order.entity.OrderData;
import koppel.order.entity.OrderItemData;
import koppel.order.entity.PaymentData;
import koppel.order.entity.VoucherData;
import koppel.product.boundary.Products;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.resource.Saved;
import koppel.session.boundary.SessionGroups;
import koppel.session.boundary.Sessions;
import koppel.staff.boundary.Staff;
import koppel.staff.entity.StaffMember;
import koppel.team.boundary.Teams;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks every team collection makes (TeamCollection: the team exists, another team's resource
 * is refused, a write based on a stale copy is refused, a PUT creates under the chosen id), shown on
 * staff, and the references each collection checks: session groups, sessions and orders refer only
 * to their own team's resources; an order written by a caller that may not write payments keeps
 * its payments. Custom fields have their own class, CustomFieldsIT; what a booking site reads,
 * OnlineProductsIT.
 */
@ExtendWith(ArquillianExtension.class)
class TeamCollectionsIT {

    private static final Instant START = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant END = START.plus(2, ChronoUnit.HOURS);

    @EJB
    private Teams teams;

    @EJB
    private Staff staff;

    @EJB
    private Clients clients;

    @EJB
    private Products products;

    @EJB
    private SessionGroups groups;

    @EJB
    private Sessions sessions;

    @EJB
    private Orders orders;

    private UUID team;
    private UUID otherTeam;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(TeamCollectionsIT.class);
    }

    @BeforeEach
    void twoTeams() {
        team = teams.create(Given.unique("Team")).getId();
        otherTeam = teams.create(Given.unique("Team")).getId();
    }

    @Test
    void everyPageCountsAllTheRowsItsFiltersMatch() {
        for (int i = 0; i < 5; i++) {
            staff.create(team, Given.staff("Anna " + i, "Skipper"));
        }
        staff.create(otherTeam, Given.staff("Anna", "Elsewhere"));
        Map<String, String> annas = Map.of("last_name", "Skipper");

        assertEquals(List.of(5L, 2), staffPage(0, 2, annas));
        assertEquals(List.of(5L, 1), staffPage(4, 2, annas));
        assertEquals(List.of(5L, 0), staffPage(5, 2, annas));
        assertEquals(List.of(5L, 0), staffPage(9, 2, annas));
        assertEquals(List.of(5L, 5), staffPage(0, 100, annas));
        assertEquals(List.of(0L, 0), staffPage(0, 100, Map.of("last_name", "Nobody")));
    }

    /** The count and the number of items of one page of the team's staff. */
    private List<Number> staffPage(int offset, int limit, Map<String, String> filters) {
        Page<StaffMember> page = staff.list(team, new ListQuery(offset, limit, null, filters));
        return List.of(page.count(), page.items().size());
    }

    @Test
    void aMissingTeamHasNoCollections() {
        UUID missing = UUID.randomUUID();

        assertThrows(NoSuchResourceException.class, () -> staff.create(missing, Given.staff("Anna", "Skipper")));
        assertThrows(
                NoSuchResourceException.class,
                () -> staff.put(missing, UUID.randomUUID(), Given.staff("Anna", "Skipper"), null));
    }

    @Test
    void anotherTeamsResourceIsRefused() {
        UUID member = staff.create(team, Given.staff("Anna", "Skipper")).getId();

        assertThrows(ForeignResourceException.class, () -> staff.get(otherTeam, member));
        assertThrows(
                ForeignResourceException.class, () -> staff.put(otherTeam, member, Given.staff("Eve", "Taken"), null));
        assertThrows(ForeignResourceException.class, () -> staff.delete(otherTeam, member, null));

        assertEquals("Anna", staff.get(team, member).data().contact().firstName());
    }

    @Test
    void aPutCreatesUnderTheChosenIdThenReplaces() {
        UUID chosen = UUID.randomUUID();

        Saved<StaffMember> created = staff.put(team, chosen, Given.staff("Anna", "Skipper"), null);
        Saved<StaffMember> replaced = staff.put(team, chosen, Given.staff("Anna", "Captain"), null);

        assertTrue(created.created());
        assertFalse(replaced.created());
        assertEquals(chosen, replaced.resource().getId());
        assertEquals("Captain", staff.get(team, chosen).data().contact().lastName());
    }

    @Test
    void aWriteBasedOnAStaleCopyIsRefused() {
        StaffMember member = staff.create(team, Given.staff("Anna", "Skipper"));
        long stale = member.getVersion() + 1;

        assertThrows(
                PreconditionFailedException.class,
                () -> staff.put(team, member.getId(), Given.staff("Anna", "Captain"), stale));
        assertThrows(PreconditionFailedException.class, () -> staff.delete(team, member.getId(), stale));
        assertEquals("Skipper", staff.get(team, member.getId()).data().contact().lastName());

        StaffMember replaced = staff.put(team, member.getId(), Given.staff("Anna", "Captain"), member.getVersion())
                .resource();
        staff.delete(team, member.getId(), replaced.getVersion());
        assertThrows(NoSuchResourceException.class, () -> staff.get(team, member.getId()));
    }

    @Test
    void dataBreakingItsRulesIsRefused() {
        assertThrows(InvalidFieldsException.class, () -> staff.create(team, Given.staff(" ", "Skipper")));
        assertThrows(InvalidFieldsException.class, () -> clients.create(team, Given.client("Ada", "")));
    }

    @Test
    void aSessionGroupIsOfTheTeamsOwnProduct() {
        UUID foreignProduct = product(otherTeam);

        refused(Set.of("product"), () -> groups.create(team, Given.group(foreignProduct, true)));
        refused(Set.of("product"), () -> groups.create(team, Given.group(UUID.randomUUID(), true)));
        groups.create(team, Given.group(product(team), true));
    }

    @Test
    void aSessionIsOfTheTeamsOwnGroupWithItsOwnStaffAndEndsAfterItStarts() {
        UUID group = group(team);
        UUID foreignGroup = group(otherTeam);
        UUID foreignMember =
                staff.create(otherTeam, Given.staff("Eve", "Elsewhere")).getId();
        UUID member = staff.create(team, Given.staff("Anna", "Skipper")).getId();

        refused(Set.of("session_group"), () -> sessions.create(team, Given.session(foreignGroup, START, END)));
        refused(Set.of("staff"), () -> sessions.create(team, Given.session(group, START, END, foreignMember)));
        refused(Set.of("end"), () -> sessions.create(team, Given.session(group, START, START)));

        assertEquals(
                List.of(member),
                sessions.create(team, Given.session(group, START, END, member))
                        .data()
                        .staff());
    }

    @Test
    void anOrderRefersToTheTeamsOwnClientGroupsProductsAndStaff() {
        UUID client = clients.create(team, Given.client("Ada", "Lovelace")).getId();
        UUID foreignClient =
                clients.create(otherTeam, Given.client("Eve", "Elsewhere")).getId();
        UUID group = group(team);
        UUID foreignGroup = group(otherTeam);
        UUID foreignProduct = product(otherTeam);
        UUID foreignMember =
                staff.create(otherTeam, Given.staff("Eve", "Elsewhere")).getId();

        refused(Set.of("client"), () -> orders.create(team, order(foreignClient, List.of(), List.of())));
        refused(
                Set.of("items"),
                () -> orders.create(team, order(client, List.of(Given.booking(foreignGroup, "Ada Byron")), List.of())));
        refused(
                Set.of("items"),
                () -> orders.create(team, order(client, List.of(Given.booking(null, "Ada Byron")), List.of())));
        refused(Set.of("items"), () -> orders.create(team, order(client, List.of(voucher(foreignProduct)), List.of())));
        refused(
                Set.of("payments"),
                () -> orders.create(team, order(client, List.of(), List.of(payment(foreignMember)))));

        UUID member = staff.create(team, Given.staff("Anna", "Skipper")).getId();
        orders.create(
                team,
                order(
                        client,
                        List.of(Given.booking(group, "Ada Byron"), voucher(product(team))),
                        List.of(payment(member))));
    }

    @Test
    void aCallerThatMayNotWritePaymentsKeepsTheOrdersPayments() {
        UUID client = clients.create(team, Given.client("Ada", "Lovelace")).getId();
        UUID order = orders.create(team, order(client, List.of(), List.of(payment(null))))
                .getId();
        OrderData withoutPayments = order(client, List.of(), List.of());

        OrderData sent = orders.withCurrentPayments(team, order, withoutPayments);

        assertEquals(1, sent.payments().size());
        assertEquals(0, new BigDecimal("10.00").compareTo(sent.payments().get(0).amount()));
        assertEquals(
                List.of(),
                orders.withCurrentPayments(team, null, withoutPayments).payments());
    }

    private UUID product(UUID owner) {
        return products.create(owner, Given.product("Kayak", 6, false, "60.00")).getId();
    }

    private UUID group(UUID owner) {
        return groups.create(owner, Given.group(product(owner), true)).getId();
    }

    private static OrderData order(UUID client, List<OrderItemData> items, List<PaymentData> payments) {
        return new OrderData(client, items, payments, null, null, null);
    }

    private static OrderItemData voucher(UUID product) {
        return new OrderItemData(null, "voucher", null, new VoucherData(product, "GIFT-1"), null, null);
    }

    private static PaymentData payment(UUID operator) {
        return new PaymentData(null, new BigDecimal("10.00"), "cash", null, operator);
    }

    private static void refused(Set<String> fields, Executable write) {
        assertEquals(
                fields,
                assertThrows(InvalidFieldsException.class, write).getErrors().keySet());
    }
}
