package koppel.api.product;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.product.boundary.Products;
import koppel.product.entity.Product;
import koppel.product.entity.ProductData;
import koppel.resource.TeamCollection;

/** A team's products. */
@RequestScoped
@Path("teams/{teamId}/products")
@Guarded(ResourceType.PRODUCTS)
public class ProductsResource extends CollectionResource<Product, ProductData> {

    @EJB
    private Products products;

    @Override
    protected TeamCollection<Product, ProductData> facade() {
        return products;
    }
}
