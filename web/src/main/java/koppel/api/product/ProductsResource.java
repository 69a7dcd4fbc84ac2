package koppel.api.product;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.product.boundary.Products;
import koppel.product.entity.Product;
import koppel.product.entity.ProductData;
import koppel.resource.TeamCollection;

/**
 * A team's products. Its endpoints are {@link CollectionResource}'s; reads need read, writes need
 * write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/products</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/products</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/products/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the product, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/products/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the product; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/products/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
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
