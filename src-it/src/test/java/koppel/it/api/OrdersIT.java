package koppel.it.api;

import static koppel.it.api.Catalogue.booking;
import static koppel.it.api.Catalogue.person;
import static koppel.it.api.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.junit.jupiter.api.Test;

/**
 * Orders over the API: items and payments matched by id on a replace, expand through them, and
 * payments left alone by a key that may not write them.
 */
class OrdersIT extends Catalogue {

    @Test
    void ordersMatchItemsAndPaymentsById() {
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        String product = api.post(
                        team + "/products", product("Kayak", "Kayak", 6).build())
                .json()
                .getString("id");
        String group = sessionGroup(product, false);
        String anna = api.post(team + "/staff", person("Anna", "Skipper").build())
                .json()
                .getString("id");

        Reply created = api.post(
                team + "/orders",
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(booking(group, "Ada", "Byron"))
                                        .add(Json.createObjectBuilder()
                                                .add("type", "voucher")
                                                .add(
                                                        "voucher",
                                                        Json.createObjectBuilder()
                                                                .add("product", product)
                                                                .add("code", "GIFT-1"))))
                        .add(
                                "payments",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("amount", "60.00")
                                                .add("method", "card")
                                                .add("operator", anna)))
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject order = created.json();
        String bookingId = order.getJsonArray("items").getJsonObject(0).getString("id");
        String path = team + "/orders/" + order.getString("id");

        JsonObject expanded = api.get(path + "?expand=items.voucher.product,payments.operator,client")
                .json();
        assertThat(expanded.getJsonArray("items")
                        .getJsonObject(1)
                        .getJsonObject("voucher")
                        .getJsonObject("product")
                        .getString("id"))
                .isEqualTo(product);
        assertThat(expanded.getJsonArray("payments")
                        .getJsonObject(0)
                        .getJsonObject("operator")
                        .getString("first_name"))
                .isEqualTo("Anna");
        assertThat(expanded.getJsonObject("client").getString("last_name")).isEqualTo("Lovelace");

        // Keep the booking (by id), drop the voucher (left out), add a second booking (no id).
        Reply replaced = api.put(
                path,
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(booking(group, "Ada", "King")
                                                        .build())
                                                .add("id", bookingId))
                                        .add(booking(group, "Grace", "Hopper")))
                        .add("payments", order.getJsonArray("payments"))
                        .build());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        List<JsonObject> items = replaced.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getString("id")).isEqualTo(bookingId);
        assertThat(items.get(0).getJsonArray("participants").getJsonObject(0).getString("last_name"))
                .isEqualTo("King");
        assertThat(items.get(1).getString("id")).isNotEqualTo(bookingId);

        Reply stranger = api.put(
                path,
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(
                                                        booking(group, "X", "Y").build())
                                                .add("id", UUID.randomUUID().toString())))
                        .build());
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().getJsonArray("items").getJsonObject(0).containsKey("id"))
                .isTrue();
        assertThat(api.get(path).json().getJsonArray("items")).hasSize(2);
    }

    @Test
    void withoutWriteOnPaymentsAnOrdersPaymentsStayAsTheyAre() {
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        JsonObject order = api.post(
                        team + "/orders",
                        Json.createObjectBuilder()
                                .add("client", client)
                                .add(
                                        "payments",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("amount", "10.00")
                                                        .add("method", "cash")))
                                .build())
                .json();
        Key noPayments = Fixtures.key(key.teams(), Map.of("orders", "write", "payments", "read"));

        Reply replaced = noPayments
                .api()
                .put(
                        team + "/orders/" + order.getString("id"),
                        Json.createObjectBuilder()
                                .add("client", client)
                                .add("note", "Changed without touching payments")
                                .build());

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().getJsonArray("payments")).isEqualTo(order.getJsonArray("payments"));
        assertThat(replaced.json().getString("note")).isEqualTo("Changed without touching payments");
    }
}
