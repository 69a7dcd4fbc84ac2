package koppel.source.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import koppel.client.entity.ClientData;
import koppel.common.InvalidFieldsException;
import koppel.common.entity.Contact;
import org.junit.jupiter.api.Test;

/** A client's fields by their API names, as mappings read and write them. */
class ClientFieldsTest {

    private static final ClientData ADA = new ClientData(
            new Contact("Ada", "Lovelace", "ada@example.org", null),
            LocalDate.of(1815, 12, 10),
            "en",
            null,
            null,
            "London",
            null,
            null,
            "GB",
            "003A",
            "{\"tier\":\"gold\"}");

    @Test
    void everyFieldReadsAsTextAndUnsetOnesAsNull() {
        Map<String, String> read = ClientFields.read(ADA);

        assertThat(read)
                .containsEntry("first_name", "Ada")
                .containsEntry("birth_date", "1815-12-10")
                .containsEntry("external_reference", "003A")
                .containsEntry("phone_number", null);
        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(ClientFields.names());
    }

    @Test
    void writingChangesOnlyTheFieldsGivenAndBlankClears() {
        Map<String, String> changes = new HashMap<>();
        changes.put("last_name", "King");
        changes.put("city", " ");
        changes.put("email", null);

        ClientData written = ClientFields.write(ADA, changes);

        assertThat(written.contact()).isEqualTo(new Contact("Ada", "King", null, null));
        assertThat(written.city()).isNull();
        assertThat(written.country()).isEqualTo("GB");
        assertThat(written.customData()).isEqualTo(ADA.customData());
        assertThat(ClientFields.write(ADA, Map.of("first_name", "Ada"))).isEqualTo(ADA);
    }

    @Test
    void aDateThatIsNoneIsTheFieldsProblem() {
        assertThatThrownBy(() -> ClientFields.write(ADA, Map.of("birth_date", "10/12/1815")))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e ->
                        assertThat(((InvalidFieldsException) e).getErrors()).containsKey("birth_date"));
        assertThat(ClientFields.path("email")).isEqualTo("contact.email");
    }
}
