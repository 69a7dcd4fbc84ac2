package koppel.client.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.common.ForeignResourceException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Saved;
import koppel.common.control.Validation;
import koppel.common.control.Versions;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.team.entity.Team;

/** A team's clients: list, read, create, replace (or create under a chosen id) and delete. */
@Stateless
public class Clients {

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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validation validation;

    public Page<Client> list(UUID team, ListQuery query) {
        return LISTING.list(em, Listing.Scope.team(team), query);
    }

    public Client get(UUID team, UUID id) {
        return find(team, id).orElseThrow(() -> new NoSuchResourceException("The client"));
    }

    public Client create(UUID team, ClientData data) {
        requireTeam(team);
        Client client = new Client(UUID.randomUUID(), team, validation.check(data));
        em.persist(client);
        em.flush();
        return client;
    }

    /** Replaces the client, or creates it under this id when there is none yet. */
    public Saved<Client> put(UUID team, UUID id, ClientData data, Long expectedVersion) {
        validation.check(data);
        Optional<Client> existing = find(team, id);
        if (existing.isEmpty()) {
            requireTeam(team);
            Client client = new Client(id, team, data);
            em.persist(client);
            em.flush();
            return Saved.created(client);
        }
        Client client = existing.get();
        Versions.expect(client, expectedVersion);
        client.update(data);
        em.flush();
        return Saved.updated(client);
    }

    public void delete(UUID team, UUID id, Long expectedVersion) {
        Client client = get(team, id);
        Versions.expect(client, expectedVersion);
        em.remove(client);
    }

    private void requireTeam(UUID team) {
        if (em.find(Team.class, team) == null) {
            throw new NoSuchResourceException("The team");
        }
    }

    /** The client if it is this team's; another team's client is not the caller's business. */
    private Optional<Client> find(UUID team, UUID id) {
        Optional<Client> client = Optional.ofNullable(em.find(Client.class, id));
        if (client.isPresent() && !client.get().belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return client;
    }
}
