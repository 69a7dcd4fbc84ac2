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
import koppel.resource.TeamCollection;

/** A team's products. */
@Stateless
public class Products extends TeamCollection<Product, ProductData> {

    static final Listing<Product> LISTING = Listing.of(
            Product.class,
            Field.bool("online", "online"),
            Field.bool("private_session", "privateSession"),
            Field.number("category_id", "categoryId"));

    @Override
    protected Class<Product> type() {
        return Product.class;
    }

    @Override
    public Class<ProductData> dataType() {
        return ProductData.class;
    }

    @Override
    protected ResourceType resourceType() {
        return ResourceType.PRODUCTS;
    }

    @Override
    protected Listing<Product> listing() {
        return LISTING;
    }

    @Override
    protected String singular() {
        return "The product";
    }

    @Override
    protected Product create(UUID id, UUID team, ProductData data) {
        return new Product(id, team, data);
    }

    @Override
    protected void update(Product product, ProductData data) {
        product.update(data);
    }

    /** The team's products that can be sold online. */
    public Page<Product> online(UUID team, ListQuery query) {
        return LISTING.list(
                em, (cb, root) -> cb.and(cb.equal(root.get("teamId"), team), cb.isTrue(root.get("online"))), query);
    }
}
