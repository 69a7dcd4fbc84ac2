package koppel.api.product;

import static koppel.common.Jsonp.JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.api.auth.Guarded;
import koppel.api.common.Resources;
import koppel.api.json.JsonRecords;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.common.InvalidFieldsException;
import koppel.product.boundary.OnlineProducts;
import koppel.product.boundary.OnlineProducts.Bookable;
import koppel.product.entity.Product;
import koppel.product.entity.ProductData;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.session.entity.SessionData;

/**
 * What a booking site needs: the products sold online, with titles and descriptions in the
 * language asked for ({@code lang}, default English), and the session groups of one that can
 * still be booked, with places left and real prices. Read-only; needs read on products.
 */
@RequestScoped
@Path("teams/{teamId}/online-products")
@Guarded(ResourceType.PRODUCTS)
@Produces(MediaType.APPLICATION_JSON)
public class OnlineProductsResource {

    @EJB
    private OnlineProducts online;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject list(@PathParam("teamId") UUID team) {
        ExpandParams.none(uri);
        String lang = lang();
        return PageOut.of(online.products(team, ListParams.read(uri)), uri, product -> translated(product, lang))
                .json();
    }

    @GET
    @Path("{productId}/session-groups")
    public JsonObject sessionGroups(@PathParam("teamId") UUID team, @PathParam("productId") String productId) {
        ExpandParams.none(uri);
        ListQuery query = ListParams.read(uri);
        if (!query.filters().isEmpty()) {
            throw InvalidFieldsException.of(query.filters().keySet().iterator().next(), "Unknown filter.");
        }
        List<Bookable> bookable = online.bookable(team, Resources.id(productId), Instant.now());
        List<Bookable> window =
                bookable.stream().skip(query.offset()).limit(query.limit()).toList();
        return PageOut.of(new Page<>(bookable.size(), window, query.offset(), query.limit()), uri, this::bookable)
                .json();
    }

    private JsonObject translated(Product product, String lang) {
        ProductData data = product.data();
        JsonObjectBuilder json = JsonRecords.write(product, data);
        json.add("title", product.title(lang));
        json.add(
                "description",
                product.description(lang)
                        .map(text -> (JsonValue) JSON.createValue(text))
                        .orElse(JsonValue.NULL));
        return json.build();
    }

    private JsonObject bookable(Bookable bookable) {
        JsonArrayBuilder sessions = JSON.createArrayBuilder();
        bookable.sessions().forEach(session -> {
            SessionData data = session.data();
            sessions.add(JSON.createObjectBuilder()
                    .add("id", session.getId().toString())
                    .add("start", data.start().toString())
                    .add("end", data.end().toString())
                    .add("location", data.location() == null ? JsonValue.NULL : JSON.createValue(data.location())));
        });
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", bookable.group().getId().toString())
                .add("product", bookable.group().getProductId().toString())
                .add(
                        "title",
                        bookable.group().data().title() == null
                                ? JsonValue.NULL
                                : JSON.createValue(bookable.group().data().title()))
                .add("start", bookable.start().toString())
                .add("end", bookable.end().toString())
                .add("sessions", sessions)
                .add(
                        "maximum_participants",
                        bookable.maximum()
                                .map(max -> (JsonValue) JSON.createValue(max))
                                .orElse(JsonValue.NULL))
                .add(
                        "free_places",
                        bookable.freePlaces()
                                .map(free -> (JsonValue) JSON.createValue(free))
                                .orElse(JsonValue.NULL));
        json.add(
                "prices",
                bookable.prices()
                        .map(prices -> (JsonValue) JsonRecords.fields(JSON.createObjectBuilder(), prices)
                                .build())
                        .orElse(JsonValue.NULL));
        return json.build();
    }

    /** The language asked for: two lower-case letters, English by default. */
    private String lang() {
        String lang = uri.getQueryParameters().getFirst("lang");
        if (lang == null) {
            return Product.DEFAULT_LANGUAGE;
        }
        if (!lang.matches("[a-z]{2}")) {
            throw InvalidFieldsException.of("lang", "A two-letter ISO 639-1 language code, e.g. en.");
        }
        return lang;
    }
}
