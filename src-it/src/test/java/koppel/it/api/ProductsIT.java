package koppel.it.api;

import static koppel.it.api.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import koppel.it.api.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Products over the API: nested data and translations kept as sent, and errors in nested data
 * reported where they are.
 */
class ProductsIT extends Catalogue {

    @Test
    void aProductKeepsItsNestedDataAndTranslations() {
        JsonObject sent = product("Voile 3 jours", "Sailing, 3 days", 10).build();

        Reply created = api.post(team + "/products", sent);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject product = created.json();
        assertThat(product.getJsonObject("title").getString("fr")).isEqualTo("Voile 3 jours");
        assertThat(product.getJsonObject("participants").getInt("maximum")).isEqualTo(10);
        assertThat(product.getJsonObject("participants")
                        .getJsonArray("expected_data")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("weight");
        assertThat(product.getJsonObject("sessions")
                        .getJsonObject("standard_price")
                        .getString("tax_included"))
                .isEqualTo("120.00");
        assertThat(product.getJsonObject("location").getString("meeting_point")).isEqualTo("On the quay");
        assertThat(api.get(team + "/products/" + product.getString("id")).json())
                .isEqualTo(product);
    }

    @Test
    void nestedErrorsAreReportedWhereTheyAre() {
        JsonObject broken = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("english", "x"))
                .add(
                        "participants",
                        Json.createObjectBuilder()
                                .add("maximum", 0)
                                .add(
                                        "expected_data",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "email")
                                                        .add("label", "E-mail")
                                                        .add("field", "email"))
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "telepathy")
                                                        .add("label", "?")
                                                        .add("field", "mind"))))
                .build();

        Reply reply = api.post(team + "/products", broken);

        assertThat(reply.status()).isEqualTo(400);
        JsonObject errors = reply.json();
        assertThat(errors.containsKey("title")).isTrue();
        JsonObject participants = errors.getJsonObject("participants");
        assertThat(participants.containsKey("maximum")).isTrue();
        assertThat(participants.getJsonArray("expected_data").getJsonObject(0)).isEmpty();
        assertThat(participants.getJsonArray("expected_data").getJsonObject(1).containsKey("type"))
                .isTrue();
    }
}
