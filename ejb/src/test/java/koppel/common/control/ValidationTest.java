package koppel.common.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.RateLimits;
import koppel.client.entity.ClientData;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.entity.Contact;
import koppel.order.entity.OrderData;
import koppel.order.entity.OrderItemData;
import koppel.order.entity.PaymentData;
import org.junit.jupiter.api.Test;

/**
 * The rules on the records the facades take, checked by a real Bean Validation implementation as
 * the servers do: every broken rule at once, under its public name and path, in the API's words.
 */
class ValidationTest {

    private final koppel.common.control.Validation validation = withValidator();

    @Test
    void reportsEveryBrokenRuleAtOnceUnderThePublicNamesEvenOfAnInlineValueObject() {
        ClientData client = new ClientData(
                new Contact(" ", null, "ada@localhost", "call me"),
                LocalDate.now().plusDays(1),
                "english",
                null,
                null,
                null,
                null,
                null,
                "BEL",
                "x".repeat(256),
                "{}");

        Map<String, Object> errors = refused(client);

        assertThat(errors)
                .containsOnlyKeys(
                        "first_name",
                        "last_name",
                        "email",
                        "phone_number",
                        "birth_date",
                        "language",
                        "country",
                        "external_reference")
                .containsEntry("first_name", List.of("This field is required."))
                .containsEntry("email", List.of("Enter a valid email address."))
                .containsEntry("birth_date", List.of("Ensure this date is in the past."))
                .containsEntry("external_reference", List.of("Ensure this field has no more than 255 characters."));
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedWithTheRulesTheRestBreaksButNotAsMissing() {
        ClientData sent = new ClientData(
                new Contact(null, null, "nope", null), null, null, null, null, null, null, null, null, null, "{}");
        FieldErrors typeErrors = new FieldErrors().add("first_name", "Not a valid string.");

        Map<String, Object> errors = validation.errorsBesides(typeErrors, sent).asMap();

        assertThat(errors)
                .containsOnlyKeys("first_name", "last_name", "email")
                .containsEntry("first_name", List.of("Not a valid string."))
                .containsEntry("last_name", List.of("This field is required."))
                .containsEntry("email", List.of("Enter a valid email address."));
    }

    @Test
    void nestedObjectsInListsAreReportedAtTheirPosition() {
        OrderItemData fine = new OrderItemData(null, "voucher", null, null, List.of(), new BigDecimal("10.00"));
        OrderItemData tooDear = new OrderItemData(null, "voucher", null, null, List.of(), new BigDecimal("1000000.01"));
        PaymentData unpaid = new PaymentData(null, null, "cash", null, null);

        Map<String, Object> errors = refused(
                new OrderData(java.util.UUID.randomUUID(), List.of(fine, tooDear), List.of(unpaid), null, null, "{}"));

        assertThat(errors).containsOnlyKeys("items", "payments");
        assertThat((List<?>) errors.get("items")).hasSize(2).first().isEqualTo(Map.of());
        assertThat(((Map<?, ?>) ((List<?>) errors.get("items")).get(1)).keySet())
                .isEqualTo(Set.of("price"));
        assertThat(errors.get("payments")).isEqualTo(List.of(Map.of("amount", List.of("This field is required."))));
    }

    @Test
    void aKeysGrantKeepsItsNameAndRateRules() {
        Grant grant = new Grant(" ", null, Set.of(), Map.of(), null, 0L, RateLimits.MAX_PER_DAY + 1L);

        assertThat(refused(grant))
                .containsEntry("name", List.of(Grant.NAME_RULE))
                .containsEntry("rate_per_second", List.of(RateLimits.PER_SECOND_RULE))
                .containsEntry("rate_per_day", List.of(RateLimits.PER_DAY_RULE));
        assertThat(validation.check(Grant.of("Box office", Set.of(), Map.of()))).isNotNull();
    }

    @Test
    void anAddressHasADotInItsDomainAndAtMost254Characters() {
        for (String refused : List.of("ada@localhost", "ada", "a@b@c.org", "ada@" + "x".repeat(250) + ".org")) {
            assertThat(validation.errors(contact(refused)).asMap()).as(refused).containsOnlyKeys("email");
        }
        assertThat(validation.errors(contact("ada.lovelace@example.org")).isEmpty())
                .isTrue();
    }

    private static Contact contact(String email) {
        return new Contact("Ada", "Lovelace", email, null);
    }

    private Map<String, Object> refused(Object data) {
        return catchThrowableOfType(InvalidFieldsException.class, () -> validation.check(data))
                .getErrors();
    }

    private static koppel.common.control.Validation withValidator() {
        koppel.common.control.Validation validation = new koppel.common.control.Validation();
        try {
            Field validator = koppel.common.control.Validation.class.getDeclaredField("validator");
            validator.setAccessible(true);
            validator.set(validation, Validation.buildDefaultValidatorFactory().getValidator());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return validation;
    }
}
