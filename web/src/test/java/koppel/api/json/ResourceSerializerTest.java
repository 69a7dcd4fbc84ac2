package koppel.api.json;

import static koppel.common.entity.Stored.stored;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.api.list.PageOut;
import koppel.client.entity.Client;
import koppel.client.entity.ClientData;
import koppel.common.entity.Contact;
import koppel.common.entity.TeamOwned;
import koppel.order.entity.Order;
import koppel.order.entity.OrderData;
import koppel.order.entity.OrderItemData;
import koppel.order.entity.PaymentData;
import koppel.order.entity.VoucherData;
import koppel.product.entity.Product;
import koppel.product.entity.ProductData;
import koppel.query.Page;
import org.junit.jupiter.api.Test;

class ResourceSerializerTest {

    private static final UUID TEAM = UUID.randomUUID();

    private final List<Set<UUID>> loads = new ArrayList<>();

    @Test
    void aResourceIsItsIdItsFieldsUnderTheirPublicNamesAndItsTimes() {
        Client client = client("Ada", "{\"member\":true}");

        JsonObject json = written(ResourceOut.of(client));

        assertThat(json.keySet())
                .containsExactly(
                        "id",
                        "first_name",
                        "last_name",
                        "email",
                        "phone_number",
                        "birth_date",
                        "language",
                        "note",
                        "street",
                        "city",
                        "postal_code",
                        "state",
                        "country",
                        "external_reference",
                        "custom_data",
                        "created",
                        "last_modified");
        assertThat(json.getString("id")).isEqualTo(client.getId().toString());
        assertThat(json.getString("birth_date")).isEqualTo("1990-04-01");
        assertThat(json.isNull("phone_number")).isTrue();
        assertThat(json.getJsonObject("custom_data").getBoolean("member")).isTrue();
        assertThat(json.getString("created")).isEqualTo(client.getCreated().toString());
    }

    @Test
    void amountsAreTextWithTheirScaleAndNestedObjectsUseTheirPublicNames() {
        Order order = order(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        JsonObject json = written(ResourceOut.of(order));

        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("price")).isEqualTo("60.50");
        assertThat(item.getJsonObject("voucher").getString("product")).isNotBlank();
        assertThat(item.keySet()).contains("session_group", "participants");
        assertThat(json.getJsonArray("payments").getJsonObject(0).getString("amount"))
                .isEqualTo("10.00");
    }

    @Test
    void expandPutsTheReferredResourcesInPlaceOfTheirIdsLoadingEachPathOnce() {
        Client ada = client("Ada", "{}");
        UUID gone = UUID.randomUUID();
        List<Order> orders = List.of(
                order(ada.getId(), UUID.randomUUID(), UUID.randomUUID()),
                order(gone, UUID.randomUUID(), UUID.randomUUID()));

        List<ResourceOut> out = Expansions.of(orders, List.of("client", "payments.operator"), (type, ids) -> {
            loads.add(ids);
            return type == Client.class ? List.of(ada) : List.of();
        });

        JsonObject first = written(out.get(0));
        assertThat(first.getJsonObject("client").getString("first_name")).isEqualTo("Ada");
        assertThat(written(out.get(1)).getString("client")).isEqualTo(gone.toString());
        assertThat(first.getJsonArray("payments").getJsonObject(0).getString("operator"))
                .as("an operator that was not found stays an id")
                .isEqualTo(orders.get(0).data().payments().get(0).operator().toString());
        assertThat(loads).as("one load per path for the whole page").hasSize(2);
        assertThat(loads.get(0)).containsExactlyInAnyOrder(ada.getId(), gone);
    }

    @Test
    void expandGoesThroughNestedObjectsAlongDottedPaths() {
        Product sailing = stored(new Product(
                UUID.randomUUID(),
                TEAM,
                new ProductData(
                        Map.of("en", "Sailing"),
                        Map.of(),
                        true,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "{}")));
        Order order = order(UUID.randomUUID(), sailing.getId(), UUID.randomUUID());

        List<ResourceOut> out =
                Expansions.of(List.of(order), List.of("items.voucher.product"), (type, ids) -> List.of(sailing));

        JsonObject product = written(out.get(0))
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("voucher")
                .getJsonObject("product");
        assertThat(product.getJsonObject("title").getString("en")).isEqualTo("Sailing");
        assertThat(Expansions.paths(OrderData.class))
                .contains("client", "items.session_group", "items.voucher.product", "payments.operator")
                .doesNotContain("note", "items");
    }

    @Test
    void aPageIsWrittenByJsonbWithItsResources() {
        Client ada = client("Ada", "{}");
        PageOut<ResourceOut> page = new PageOut<>(1, null, null, List.of(ResourceOut.of(ada)));

        JsonObject json = read(JsonConfig.JSONB.toJson(page));

        assertThat(json.getInt("count")).isEqualTo(1);
        assertThat(json.isNull("next")).isTrue();
        assertThat(json.getJsonArray("results").getJsonObject(0).getString("last_name"))
                .isEqualTo("Lovelace");
        assertThat(new Page<>(1, List.of(ada), 0, 100).items()).hasSize(1);
    }

    @Test
    void aReplacedFieldShowsItsOtherValue() {
        JsonObject json = written(
                ResourceOut.of(client("Ada", "{}")).replacing("note", null).replacing("city", "Gent"));

        assertThat(json.isNull("note")).isTrue();
        assertThat(json.getString("city")).isEqualTo("Gent");
    }

    private static Client client(String firstName, String customData) {
        return stored(new Client(
                UUID.randomUUID(),
                TEAM,
                new ClientData(
                        new Contact(firstName, "Lovelace", "ada@example.org", null),
                        LocalDate.of(1990, 4, 1),
                        "en",
                        "a note",
                        null,
                        "Antwerpen",
                        null,
                        null,
                        "BE",
                        "A-17",
                        customData)));
    }

    private static Order order(UUID client, UUID product, UUID operator) {
        OrderItemData voucher = new OrderItemData(
                null, "voucher", null, new VoucherData(product, "CODE"), List.of(), new BigDecimal("60.50"));
        PaymentData payment = new PaymentData(null, new BigDecimal("10.00"), "cash", null, operator);
        return stored(new Order(
                UUID.randomUUID(), TEAM, new OrderData(client, List.of(voucher), List.of(payment), null, null, "{}")));
    }

    private static JsonObject written(TeamOwned resource) {
        return written(ResourceOut.of(resource));
    }

    private static JsonObject written(ResourceOut out) {
        return read(JsonConfig.JSONB.toJson(out));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
