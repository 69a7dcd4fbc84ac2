package koppel.api.client;

import jakarta.json.JsonObject;
import koppel.api.json.JsonInput;
import koppel.client.entity.ClientData;

/** Reads a client from a request body; read-only fields ({@code id}, {@code created}, ...) are ignored. */
final class ClientIn {

    private ClientIn() {}

    static ClientData read(JsonObject body) {
        JsonInput in = new JsonInput(body);
        ClientData data = new ClientData(
                in.string("first_name"),
                in.string("last_name"),
                in.string("email"),
                in.string("phone_number"),
                in.date("birth_date"),
                in.string("language"),
                in.string("note"),
                in.string("street"),
                in.string("city"),
                in.string("postal_code"),
                in.string("state"),
                in.string("country"),
                in.string("external_reference"),
                in.object("custom_data"));
        in.done();
        return data;
    }
}
