package koppel.it.api;

import static koppel.it.api.Catalogue.booking;
import static koppel.it.api.Catalogue.person;
import static koppel.it.api.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import koppel.it.api.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * What a booking site reads from the online products over the API: only online products,
 * translated, and their bookable session groups with free places and prices.
 */
class BookingSiteIT extends Catalogue {

    @Test
    void aBookingSiteSeesOnlineProductsTranslatedAndFreePlaces() {
        JsonObject sent = product("Voile 3 jours", "Sailing, 3 days", 10)
                .add("online", true)
                .build();
        String product = api.post(team + "/products", sent).json().getString("id");
        api.post(team + "/products", product("Hors ligne", "Offline", 5).build());
        String future = sessionGroup(product, true);
        String closed = sessionGroup(product, false);
        String past = sessionGroup(product, true);
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        session(future, soon);
        session(closed, soon);
        session(past, Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        api.post(
                team + "/orders",
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(booking(future, "Ada", "Byron")
                                                        .build())
                                                .add(
                                                        "participants",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("first_name", "Ada")
                                                                        .add("last_name", "Byron"))
                                                                .add(Json.createObjectBuilder()
                                                                        .add("first_name", "Allegra")
                                                                        .add("last_name", "Byron")))))
                        .build());

        Reply online = api.get(team + "/online-products?lang=fr");
        assertThat(online.json().getInt("count")).isEqualTo(1);
        JsonObject shown = online.results().getJsonObject(0);
        assertThat(shown.getString("title")).isEqualTo("Voile 3 jours");
        assertThat(api.get(team + "/online-products?lang=de")
                        .results()
                        .getJsonObject(0)
                        .getString("title"))
                .isEqualTo("Sailing, 3 days");
        assertThat(api.get(team + "/online-products?lang=french").status()).isEqualTo(400);

        Reply groups = api.get(team + "/online-products/" + product + "/session-groups");
        assertThat(groups.status()).as(groups.toString()).isEqualTo(200);
        assertThat(groups.results().getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("id"))
                .containsExactly(future);
        JsonObject bookable = groups.results().getJsonObject(0);
        assertThat(bookable.getInt("maximum_participants")).isEqualTo(10);
        assertThat(bookable.getInt("free_places")).isEqualTo(8);
        assertThat(bookable.getJsonObject("prices")
                        .getJsonObject("standard_price")
                        .getString("tax_included"))
                .isEqualTo("120.00");
        assertThat(bookable.getString("start")).isEqualTo(soon.toString());
    }
}
