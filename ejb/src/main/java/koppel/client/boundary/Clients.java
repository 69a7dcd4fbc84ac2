package koppel.client.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.TeamCollection;

/** A team's clients. */
@Stateless
public class Clients extends TeamCollection<Client, ClientData> {

    static final Listing<Client> LISTING = Listing.of(
            Client.class,
            Field.text("first_name", "firstName"),
            Field.text("last_name", "lastName"),
            Field.text("email", "email"),
            Field.text("phone_number", "phoneNumber"),
            Field.date("birth_date", "birthDate"),
            Field.text("language", "language"),
            Field.text("city", "city"),
            Field.text("postal_code", "postalCode"),
            Field.text("country", "country"));

    @Override
    protected Class<Client> type() {
        return Client.class;
    }

    @Override
    public Class<ClientData> dataType() {
        return ClientData.class;
    }

    @Override
    protected ResourceType resourceType() {
        return ResourceType.CLIENTS;
    }

    @Override
    protected Listing<Client> listing() {
        return LISTING;
    }

    @Override
    protected String singular() {
        return "The client";
    }

    @Override
    protected Client create(UUID id, UUID team, ClientData data) {
        return new Client(id, team, data);
    }

    @Override
    protected void update(Client client, ClientData data) {
        client.update(data);
    }
}
