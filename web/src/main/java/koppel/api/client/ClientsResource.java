package koppel.api.client;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.client.boundary.Clients;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.resource.TeamCollection;

/**
 * A team's clients. Its endpoints are {@link CollectionResource}'s; reads need read, writes need
 * write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/clients</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/clients</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/clients/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the client, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/clients/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the client; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/clients/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("teams/{teamId}/clients")
@Guarded(ResourceType.CLIENTS)
public class ClientsResource extends CollectionResource<Client, ClientData> {

    @EJB
    private Clients clients;

    @Override
    protected TeamCollection<Client, ClientData> facade() {
        return clients;
    }
}
