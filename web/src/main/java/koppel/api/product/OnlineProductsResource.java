package koppel.api.product;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import koppel.api.json.ResourceOut;
import koppel.api.list.ExpandParams;
import koppel.api.list.ListParams;
import koppel.api.list.PageOut;
import koppel.apikey.entity.ResourceType;
import koppel.common.InvalidFieldsException;
import koppel.onlineproduct.boundary.OnlineProducts;
import koppel.onlineproduct.boundary.OnlineProducts.Bookable;
import koppel.product.entity.Product;
import koppel.query.ListQuery;
import koppel.query.Page;

/**
 * What a booking site needs: the products sold online, with titles and descriptions in the
 * language asked for ({@code lang}, default English), and the session groups of one that can
 * still be booked, with places left and real prices. Read-only; needs read on products.
 */
@ApplicationScoped
@Path("teams/{teamId}/online-products")
@Guarded(ResourceType.PRODUCTS)
@Produces(MediaType.APPLICATION_JSON)
public class OnlineProductsResource {

    @EJB
    private OnlineProducts online;

    @Context
    private UriInfo uri;

    @GET
    public PageOut<ResourceOut> list(@PathParam("teamId") UUID team) {
        ExpandParams.none(uri);
        String lang = lang();
        return PageOut.of(online.products(team, ListParams.read(uri)), uri, product -> translated(product, lang));
    }

    @GET
    @Path("{productId}/session-groups")
    public PageOut<BookableOut> sessionGroups(
            @PathParam("teamId") UUID team, @PathParam("productId") String productId) {
        ExpandParams.none(uri);
        ListQuery query = ListParams.read(uri);
        if (!query.filters().isEmpty()) {
            throw InvalidFieldsException.of(query.filters().keySet().iterator().next(), "Unknown filter.");
        }
        List<Bookable> bookable = online.bookable(team, Resources.id(productId), Instant.now());
        List<Bookable> window =
                bookable.stream().skip(query.offset()).limit(query.limit()).toList();
        return PageOut.of(new Page<>(bookable.size(), window, query.offset(), query.limit()), uri, BookableOut::of);
    }

    private static ResourceOut translated(Product product, String lang) {
        return ResourceOut.of(product)
                .replacing("title", product.title(lang))
                .replacing("description", product.description(lang).orElse(null));
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
