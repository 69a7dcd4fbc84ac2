package koppel.api.client;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.client.boundary.Clients;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.resource.TeamCollection;

/** A team's clients. */
@RequestScoped
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
