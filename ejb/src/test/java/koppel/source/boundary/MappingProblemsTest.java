package koppel.source.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import koppel.source.entity.Direction;
import koppel.source.entity.FieldAssignment;
import koppel.source.type.DataType;
import org.junit.jupiter.api.Test;

/** What makes a field mapping one that cannot be activated, in the words the admin page shows. */
class MappingProblemsTest {

    private static final DataType CONTACTS = new DataType(
            "contacts",
            "Contacts",
            "clients",
            List.of(
                    new DataType.RemoteField("Id", "Contact ID"),
                    new DataType.RemoteField("FirstName", "First Name"),
                    new DataType.RemoteField("Email", "Email")),
            List.of("Id"),
            List.of());

    private static final FieldAssignment KEY = new FieldAssignment("Id", "external_reference", Direction.BOTH, true);

    @Test
    void aKeyAndOneMoreFieldMakeAValidMapping() {
        List<FieldAssignment> mapping =
                List.of(KEY, new FieldAssignment("FirstName", "first_name", Direction.TO_KOPPEL, false));

        assertThat(SourceConfigurations.problems(CONTACTS, mapping, true)).isEmpty();
    }

    @Test
    void withoutAPrimaryKeyOrAnythingElseItCannotBeActivatedButCanBeSaved() {
        List<FieldAssignment> noKey = List.of(new FieldAssignment("FirstName", "first_name", Direction.BOTH, false));

        assertThat(SourceConfigurations.problems(CONTACTS, noKey, false)).isEmpty();
        assertThat(SourceConfigurations.problems(CONTACTS, noKey, true))
                .containsExactly("Assign the third party's primary key to a Koppel field first.");
        assertThat(SourceConfigurations.problems(CONTACTS, List.of(KEY), true))
                .containsExactly("Assign at least one field besides the primary key.");
    }

    @Test
    void unknownFieldsFieldsAssignedTwiceAndAWrongKeyAreNamed() {
        List<FieldAssignment> mapping = List.of(
                KEY,
                new FieldAssignment("Email", "email", Direction.BOTH, true),
                new FieldAssignment("Shoe_Size__c", "first_name", Direction.BOTH, false),
                new FieldAssignment("FirstName", "shoe_size", Direction.BOTH, false),
                new FieldAssignment("FirstName", "first_name", Direction.TO_SOURCE, false));

        assertThat(SourceConfigurations.problems(CONTACTS, mapping, true))
                .containsExactlyInAnyOrder(
                        "Email cannot be the primary key; Id can.",
                        "Only one field is the primary key.",
                        "The third party has no field Shoe_Size__c.",
                        "Koppel has no field shoe_size.",
                        "The field FirstName is assigned twice.",
                        "The Koppel field first_name is assigned twice.");
    }

    @Test
    void aPrimaryKeyGoesBothWaysWhateverItWasGiven() {
        assertThat(new FieldAssignment("Id", "external_reference", Direction.TO_SOURCE, true).direction())
                .isEqualTo(Direction.BOTH);
    }
}
