package koppel.customfield.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.InvalidFieldsException;
import koppel.customfield.entity.CustomField;
import koppel.customfield.entity.CustomFieldData;
import org.junit.jupiter.api.Test;

class CustomDataRulesTest {

    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID SYNC = UUID.randomUUID();
    private static final List<CustomField> FIELDS = List.of(
            field("shoe_size", "number", List.of(), null, false),
            field("tier", "select", List.of("gold", "silver"), null, false),
            field("since", "date", List.of(), null, false),
            field("sync_id", "integration_data", List.of(), SYNC, false),
            field("consent", "boolean", List.of(), null, true));

    private final CustomDataRules rules = new CustomDataRules();

    @Test
    void valuesOfTheirKindAreStored() {
        String stored = rules.check(
                FIELDS,
                "{}",
                "{\"shoe_size\": 43, \"tier\": \"gold\", \"since\": \"2020-01-31\", \"consent\": true}",
                Optional.empty());

        assertThat(stored)
                .contains("\"shoe_size\":43")
                .contains("\"tier\":\"gold\"")
                .contains("\"consent\":true");
    }

    @Test
    void everyBrokenValueIsNamed() {
        assertThatThrownBy(() -> rules.check(
                        FIELDS,
                        "{}",
                        "{\"shoe_size\": \"big\", \"tier\": \"bronze\", \"since\": \"31/01/2020\", \"colour\": \"blue\"}",
                        Optional.empty()))
                .isInstanceOf(InvalidFieldsException.class)
                .extracting(e -> ((InvalidFieldsException) e).getErrors().get("custom_data"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("shoe_size", "tier", "since", "colour", "consent");
    }

    @Test
    void integrationDataIsKeptWhenOthersLeaveItOutAndRefusedWhenTheyChangeIt() {
        String previous = "{\"sync_id\": \"S-1\", \"consent\": true}";

        assertThat(rules.check(FIELDS, previous, "{\"consent\": false}", Optional.empty()))
                .contains("\"sync_id\":\"S-1\"")
                .contains("\"consent\":false");
        assertThat(rules.check(FIELDS, previous, previous, Optional.empty())).contains("\"sync_id\":\"S-1\"");
        assertThatThrownBy(() ->
                        rules.check(FIELDS, previous, "{\"sync_id\": \"S-2\", \"consent\": true}", Optional.empty()))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(rules.check(FIELDS, previous, "{\"sync_id\": \"S-2\", \"consent\": true}", Optional.of(SYNC)))
                .contains("\"sync_id\":\"S-2\"");
    }

    @Test
    void anotherIntegrationIsJustAnotherWriter() {
        assertThatThrownBy(() -> rules.check(
                        FIELDS, "{}", "{\"sync_id\": \"S-1\", \"consent\": true}", Optional.of(UUID.randomUUID())))
                .isInstanceOf(InvalidFieldsException.class);
    }

    private static CustomField field(
            String name, String kind, List<String> options, UUID integration, boolean required) {
        return new CustomField(
                UUID.randomUUID(),
                TEAM,
                new CustomFieldData(name, name, "clients", kind, options, integration, required, null, "{}"));
    }
}
