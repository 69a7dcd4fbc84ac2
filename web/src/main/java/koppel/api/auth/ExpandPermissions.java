package koppel.api.auth;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import koppel.api.error.ApiError;
import koppel.api.json.Expansions;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.client.entity.Client;
import koppel.common.entity.TeamOwned;
import koppel.customfield.entity.CustomField;
import koppel.order.entity.Order;
import koppel.product.entity.Product;
import koppel.session.entity.Session;
import koppel.session.entity.SessionGroup;
import koppel.staff.entity.StaffMember;

/**
 * {@code expand} shows resources of other kinds: a key may expand a path only when it may read
 * every kind of resource the path passes through, as if it had asked for them itself (a key that
 * reads orders but not clients gets a 403 for {@code expand=client}, not the clients).
 */
public final class ExpandPermissions {

    /** The permission that reading each kind of resource needs. */
    private static final Map<Class<? extends TeamOwned>, ResourceType> READ_NEEDS = Map.of(
            Client.class, ResourceType.CLIENTS,
            StaffMember.class, ResourceType.STAFF,
            Product.class, ResourceType.PRODUCTS,
            SessionGroup.class, ResourceType.SESSION_GROUPS,
            Session.class, ResourceType.SESSIONS,
            Order.class, ResourceType.ORDERS,
            CustomField.class, ResourceType.CUSTOM_FIELDS);

    private ExpandPermissions() {}

    /** Refuses the request (403) unless the caller may read all that the paths would show. */
    public static void check(ApiCaller caller, Class<? extends Record> data, List<String> paths) {
        for (String path : paths) {
            for (Class<? extends TeamOwned> shown : Expansions.referredAlong(data, path)) {
                ResourceType needed = READ_NEEDS.get(shown);
                if (needed == null || !caller.may(needed, Access.READ)) {
                    throw new WebApplicationException(ApiError.detail(403, ApiError.FORBIDDEN));
                }
            }
        }
    }
}
