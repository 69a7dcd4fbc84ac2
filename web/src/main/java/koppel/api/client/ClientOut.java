package koppel.api.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;

/** A client as the API shows it. */
public record ClientOut(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phoneNumber,
        LocalDate birthDate,
        String language,
        String note,
        String street,
        String city,
        String postalCode,
        String state,
        String country,
        String externalReference,
        JsonObject customData,
        Instant created,
        Instant lastModified) {

    public static ClientOut of(Client client) {
        ClientData data = client.data();
        return new ClientOut(
                client.getId(),
                data.firstName(),
                data.lastName(),
                data.email(),
                data.phoneNumber(),
                data.birthDate(),
                data.language(),
                data.note(),
                data.street(),
                data.city(),
                data.postalCode(),
                data.state(),
                data.country(),
                data.externalReference(),
                Json.createReader(new StringReader(data.customData())).readObject(),
                client.getCreated(),
                client.getLastModified());
    }
}
