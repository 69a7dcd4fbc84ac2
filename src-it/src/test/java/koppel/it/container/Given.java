package koppel.it.container;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.IssuedKey;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.ResourceType;
import koppel.client.entity.ClientData;
import koppel.common.entity.Contact;
import koppel.order.entity.OrderItemData;
import koppel.order.entity.ParticipantData;
import koppel.product.entity.Participants;
import koppel.product.entity.Price;
import koppel.product.entity.Pricing;
import koppel.product.entity.ProductData;
import koppel.session.entity.SessionData;
import koppel.session.entity.SessionGroupData;
import koppel.staff.entity.StaffData;
import koppel.team.boundary.Teams;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;
import koppel.user.entity.User;

/**
 * What in-container tests start from, made through the facades as the admin UI would, each under a
 * name no other test uses; and the data records the team collections take, with only what a test
 * cares about filled in, so that a change of a record's shape is made here once.
 */
@Dependent
public class Given {

    public static final String PASSWORD = "correct horse battery";

    @EJB
    private Teams teams;

    @EJB
    private Users users;

    @EJB
    private ApiKeys keys;

    /** A name no other test uses: the prefix and eight random characters, e.g. "admin-1f2e3d4c". */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public UUID team() {
        return teams.create(unique("Team")).getId();
    }

    /** A new, enabled user with these roles and the password {@link #PASSWORD}. */
    public User user(Role first, Role... more) {
        String username = unique("user");
        return users.create(username, username, PASSWORD.toCharArray(), EnumSet.of(first, more));
    }

    /** A new key of a new integration user, on these teams, with one access level on some resource types. */
    public IssuedKey key(Set<UUID> teams, Access access, ResourceType... types) {
        return keys.create(user(Role.INTEGRATION).getId(), grant(unique("key"), teams, access, types));
    }

    public static Grant grant(String name, Set<UUID> teams, Access access, ResourceType... types) {
        Map<ResourceType, Access> permissions = new java.util.EnumMap<>(ResourceType.class);
        for (ResourceType type : types) {
            permissions.put(type, access);
        }
        return Grant.of(name, teams, permissions);
    }

    public static StaffData staff(String firstName, String lastName) {
        return staff(firstName, lastName, null);
    }

    public static StaffData staff(String firstName, String lastName, String customData) {
        return new StaffData(new Contact(firstName, lastName, null, null), null, null, null, customData);
    }

    public static ClientData client(String firstName, String lastName) {
        return new ClientData(
                new Contact(firstName, lastName, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A product with an English title, at most {@code maximum} participants and a standard price. */
    public static ProductData product(String title, Integer maximum, boolean online, String taxIncluded) {
        return new ProductData(
                Map.of("en", title),
                null,
                online,
                null,
                null,
                null,
                new Participants(null, null, maximum, null),
                null,
                pricing(taxIncluded),
                null,
                null,
                null);
    }

    public static Pricing pricing(String taxIncluded) {
        return new Pricing(new Price(new BigDecimal(taxIncluded), new BigDecimal(taxIncluded)), null);
    }

    public static SessionGroupData group(UUID product, boolean bookable) {
        return group(product, bookable, null, null);
    }

    /** A session group with its own maximum and prices, when not null. */
    public static SessionGroupData group(UUID product, boolean bookable, Integer maximum, Pricing prices) {
        return new SessionGroupData(product, null, maximum, bookable, prices, null, null, null, null);
    }

    public static SessionData session(UUID group, Instant start, Instant end, UUID... staff) {
        return new SessionData(group, start, end, null, List.of(staff), null, null);
    }

    /** A booking of the session group for these participants, given as "first last". */
    public static OrderItemData booking(UUID group, String... participants) {
        List<ParticipantData> people = java.util.Arrays.stream(participants)
                .map(name -> name.split(" ", 2))
                .map(name -> new ParticipantData(name[0], name[1], null))
                .toList();
        return new OrderItemData(null, "booking", group, null, people, new BigDecimal("60.00"));
    }
}
