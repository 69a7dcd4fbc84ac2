package koppel.client.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import koppel.common.entity.Contact;
import koppel.common.entity.TeamOwned;

/** A person who books with a team: a customer, with contact details and an address. */
@Entity
@Table(name = "clients")
public class Client extends TeamOwned {

    @Embedded
    private Contact contact;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 8)
    private String language;

    @Column(length = 5000)
    private String note;

    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String state;

    @Column(length = 2)
    private String country;

    protected Client() {}

    public Client(UUID id, UUID teamId, ClientData data) {
        super(id, teamId);
        update(data);
    }

    /** Replaces everything the caller says about the client (a PUT sends the whole client). */
    public void update(ClientData data) {
        contact = data.contact().stripped();
        birthDate = data.birthDate();
        language = data.language();
        note = data.note();
        street = data.street();
        city = data.city();
        postalCode = data.postalCode();
        state = data.state();
        country = data.country();
        describe(data.externalReference(), data.customData());
    }

    @Override
    public ClientData data() {
        return new ClientData(
                contact,
                birthDate,
                language,
                note,
                street,
                city,
                postalCode,
                state,
                country,
                getExternalReference().orElse(null),
                getCustomData());
    }
}
