package koppel.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import koppel.client.entity.ClientData;
import koppel.common.InvalidFieldsException;
import koppel.order.entity.OrderData;
import koppel.product.entity.ProductData;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    @Test
    void readsEachFieldByItsPublicNameAndType() {
        ClientData client = RecordReader.read(
                ClientData.class,
                json("{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\", \"birth_date\": \"1990-04-01\","
                        + " \"custom_data\": {\"member\": true}, \"id\": \"ignored\", \"unknown\": 1}"));

        assertThat(client.contact().firstName()).isEqualTo("Ada");
        assertThat(client.birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
        assertThat(client.customData()).isEqualTo("{\"member\":true}");
        assertThat(client.contact().email()).isNull();
    }

    @Test
    void reportsEveryFieldOfTheWrongTypeAtOnceUnderItsPath() {
        InvalidFieldsException refused = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> RecordReader.read(
                        OrderData.class,
                        json("{\"client\": \"not-a-uuid\", \"note\": 7,"
                                + " \"items\": [{\"type\": \"booking\"}, {\"price\": \"twelve\"}]}")));

        assertThat(refused.getErrors())
                .containsEntry("client", List.of("Must be a valid UUID."))
                .containsEntry("note", List.of("Not a valid string."))
                .containsEntry("items", List.of(Map.of(), Map.of("price", List.of("A valid number is required."))));
    }

    @Test
    void aFieldOfTheWrongTypeIsReadAsAbsentSoThatTheRestCanBeChecked() {
        RecordReader.Read<ClientData> read = RecordReader.readAll(
                ClientData.class,
                json("{\"first_name\": 123, \"last_name\": null, \"email\": \"nope\","
                        + " \"birth_date\": \"0000-01-01\", \"note\": \"kept\"}"));

        assertThat(read.record().contact().firstName()).isNull();
        assertThat(read.record().contact().email()).isEqualTo("nope");
        assertThat(read.record().birthDate()).isNull();
        assertThat(read.record().note()).isEqualTo("kept");
        assertThat(read.typeErrors().asMap())
                .containsOnlyKeys("first_name", "birth_date")
                .containsEntry("first_name", List.of("Not a valid string."));
    }

    @Test
    void datesAndDatetimesAreOfTheYears1To9999() {
        for (String date : List.of("0000-12-31", "+10000-01-01", "-0001-01-01")) {
            assertThat(catchThrowableOfType(
                                    InvalidFieldsException.class,
                                    () -> RecordReader.read(
                                            ClientData.class, json("{\"birth_date\": \"" + date + "\"}")))
                            .getErrors())
                    .as(date)
                    .containsOnlyKeys("birth_date");
        }
    }

    @Test
    void readsAmountsAsNumbersOrTextAndTranslationsAsObjectsOrPlainText() {
        OrderData order = RecordReader.read(
                OrderData.class,
                json(
                        "{\"items\": [{\"type\": \"voucher\", \"price\": 60.5}, {\"type\": \"voucher\", \"price\": \"12.50\"}]}"));
        ProductData product = RecordReader.read(
                ProductData.class, json("{\"title\": \"Sailing\", \"description\": {\"fr\": \"Voile\"}}"));

        assertThat(order.items())
                .extracting(item -> item.price())
                .containsExactly(new BigDecimal("60.5"), new BigDecimal("12.50"));
        assertThat(product.title()).isEqualTo(Map.of("en", "Sailing"));
        assertThat(product.description()).isEqualTo(Map.of("fr", "Voile"));
    }

    @Test
    void refusesTextThatNoDatabaseCanStoreAndCustomDataThatIsNotAnObject() {
        InvalidFieldsException refused = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> RecordReader.read(
                        ClientData.class, json("{\"first_name\": \"A\\u0000da\", \"custom_data\": [1]}")));

        assertThat(refused.getErrors()).containsOnlyKeys("first_name", "custom_data");
    }

    @Test
    void refusesMoreNestedElementsThanTheLimit() {
        String items = String.join(",", java.util.Collections.nCopies(RecordReader.MAX_NESTED + 1, "{}"));

        InvalidFieldsException refused = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> RecordReader.read(OrderData.class, json("{\"items\": [" + items + "]}")));

        assertThat(refused.getErrors()).containsOnlyKeys("items");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
