package koppel.product.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.product.entity.Product;
import koppel.product.entity.ProductData;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.resource.Kind;
import koppel.resource.TeamCollection;

/** A team's products. */
@Stateless
public class Products extends TeamCollection<Product, ProductData> {

    static final Listing<Product> LISTING = Listing.of(
            Product.class,
            Field.bool("online", "online"),
            Field.bool("private_session", "privateSession"),
            Field.number("category_id", "categoryId"));

    public Products() {
        super(new Kind<>(
                Product.class,
                ProductData.class,
                ResourceType.PRODUCTS,
                "The product",
                Product::new,
                Product::update,
                LISTING));
    }

    /** The team's products that can be sold online. */
    public Page<Product> online(UUID team, ListQuery query) {
        return LISTING.list(em, Listing.Scope.team(team).and("e.online = TRUE"), query);
    }
}
