package koppel.client.boundary;

import jakarta.ejb.Stateless;
import koppel.apikey.entity.ResourceType;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
import koppel.resource.TeamCollection;

/** A team's clients. */
@Stateless
public class Clients extends TeamCollection<Client, ClientData> {

    static final Listing<Client> LISTING = Listing.of(
            Client.class,
            Field.text("first_name", "contact.firstName"),
            Field.text("last_name", "contact.lastName"),
            Field.text("email", "contact.email"),
            Field.text("phone_number", "contact.phoneNumber"),
            Field.date("birth_date", "birthDate"),
            Field.text("language", "language"),
            Field.text("city", "city"),
            Field.text("postal_code", "postalCode"),
            Field.text("country", "country"));

    public Clients() {
        super(new Kind<>(
                Client.class,
                ClientData.class,
                ResourceType.CLIENTS,
                "The client",
                Client::new,
                Client::update,
                LISTING));
    }
}
