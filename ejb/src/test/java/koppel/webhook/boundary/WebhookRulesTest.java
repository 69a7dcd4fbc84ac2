package koppel.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.control.Validation;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.IntegrationData;
import org.junit.jupiter.api.Test;

/**
 * The rules of the webhook facades that need no database, with a real Bean Validation
 * implementation and target guard: every broken one at once, under the API's names.
 */
class WebhookRulesTest {

    private static final String PUBLIC_URL = "https://203.0.113.7/hooks";

    private final WebhookEndpoints endpoints =
            with(new WebhookEndpoints(), Map.of("validation", validation(), "settings", settings()));
    private final WebhookIntegrations integrations =
            with(new WebhookIntegrations(), Map.of("validation", validation()));

    @Test
    void knownEventTypesAndTheStarPass() {
        assertThat(refused(endpoint(PUBLIC_URL, List.of("client.created", "payment.deleted", "*"), null)))
                .isEmpty();
        assertThat(refused(endpoint(PUBLIC_URL, List.of("*"), null))).isEmpty();
    }

    @Test
    void eachUnknownEventTypeIsNamedInDrfsWords() {
        Map<String, Object> errors =
                refused(endpoint(PUBLIC_URL, List.of("client.created", "client.renamed", "clients.created"), null));

        assertThat(errors).containsOnlyKeys("event_types");
        assertThat(errors)
                .containsEntry(
                        "event_types",
                        List.of(
                                "\"client.renamed\" is not a valid choice.",
                                "\"clients.created\" is not a valid choice."));
    }

    @Test
    void urlsIntoTheInstallationsOwnNetworksAreRefused() {
        for (String internal : List.of(
                "http://127.0.0.1:9/x",
                "http://localhost:9/x",
                "http://10.0.0.1/x",
                "http://[::1]/x",
                "http://169.254.169.254/")) {
            assertThat(refused(endpoint(internal, List.of("*"), null)))
                    .as(internal)
                    .containsOnlyKeys("url");
        }
        assertThat(refused(endpoint("mailto:ops@example.org", List.of("*"), null)))
                .containsOnlyKeys("url");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Map<String, Object> errors =
                refused(new EndpointData(null, null, "x".repeat(1001), distinct(101, "type%d"), true, 0, true));

        assertThat(errors)
                .containsOnlyKeys("integration", "url", "description", "event_types", "max_rate")
                .containsEntry("integration", List.of("This field is required."))
                .containsEntry("url", List.of("This field is required."));
        assertThat(refused(endpoint(PUBLIC_URL, List.of("*"), 10_001))).containsOnlyKeys("max_rate");
        assertThat(refused(endpoint(PUBLIC_URL, List.of("*"), 10_000))).isEmpty();
        assertThat(refused(endpoint(PUBLIC_URL, List.of(), null)))
                .containsExactly(Map.entry("event_types", List.of("This list may not be empty.")));
    }

    @Test
    void anIntegrationHasANameAndAtMostTwentyValidAlertAddresses() {
        assertThat(refused(new IntegrationData(" ", null, List.of("ops@example.org"))))
                .containsOnlyKeys("name");
        assertThat(refused(new IntegrationData("CRM", null, List.of("ops@example.org", "ops@localhost"))))
                .containsOnlyKeys("alert_emails");
        assertThat(refused(new IntegrationData("CRM", null, distinct(21, "ops%d@example.org"))))
                .containsOnlyKeys("alert_emails");
        assertThat(refused(new IntegrationData("CRM", null, distinct(20, "ops%d@example.org"))))
                .isEmpty();
    }

    /** As many different texts (a list naming one twice keeps it once). */
    private static List<String> distinct(int count, String format) {
        return IntStream.range(0, count).mapToObj(format::formatted).toList();
    }

    private static EndpointData endpoint(String url, List<String> eventTypes, Integer maxRate) {
        return new EndpointData(UUID.randomUUID(), url, null, eventTypes, true, maxRate, true);
    }

    private Map<String, Object> refused(EndpointData data) {
        return catchThrowableOfType(() -> endpoints.refuse(data, new FieldErrors()), InvalidFieldsException.class)
                .getErrors();
    }

    private Map<String, Object> refused(IntegrationData data) {
        return catchThrowableOfType(() -> integrations.refuse(data, new FieldErrors()), InvalidFieldsException.class)
                .getErrors();
    }

    private static Validation validation() {
        return with(
                new Validation(),
                Map.of(
                        "validator",
                        jakarta.validation.Validation.buildDefaultValidatorFactory()
                                .getValidator()));
    }

    /** The settings as the defaults of microprofile-config.properties give them. */
    private static WebhookSettings settings() {
        WebhookSettings settings = with(
                new WebhookSettings(),
                Map.of(
                        "retrySchedule",
                        "5s,5m",
                        "timeout",
                        "15s",
                        "connectTimeout",
                        "5s",
                        "allowedPrivateTargets",
                        Optional.empty(),
                        "requireHttps",
                        false,
                        "threads",
                        new PlainThreads()));
        try {
            Method build = WebhookSettings.class.getDeclaredMethod("build");
            build.setAccessible(true);
            build.invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return settings;
    }

    /** The object with these fields injected, as the container would. */
    private static <T> T with(T object, Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            try {
                Field field = object.getClass().getDeclaredField(name);
                field.setAccessible(true);
                field.set(object, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return object;
    }
}
