package koppel.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import koppel.api.error.ApiError;
import koppel.api.list.PageOut;
import koppel.api.product.BookableOut;
import koppel.api.root.RootResource;
import koppel.api.team.TeamOut;
import koppel.api.webhook.AttemptOut;
import koppel.api.webhook.DeliveryOut;
import koppel.api.webhook.EndpointOut;
import koppel.api.webhook.EventTypeOut;
import koppel.api.webhook.IntegrationOut;
import koppel.api.webhook.NewSecretOut;
import koppel.api.webhook.RecoverIn;
import koppel.api.webhook.RecoverOut;
import koppel.client.entity.ClientData;
import koppel.common.ApiNames;
import koppel.customfield.entity.CustomFieldData;
import koppel.order.entity.OrderData;
import koppel.product.entity.ProductData;
import koppel.session.entity.SessionData;
import koppel.session.entity.SessionGroupData;
import koppel.staff.entity.StaffData;
import koppel.webhook.control.EventPayload;
import koppel.webhook.entity.IntegrationData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's field names are stated on the records ({@code @JsonbProperty}) and must be the ones
 * the OpenAPI document promises: renaming a Java component changes nothing, and changing a public
 * name without the document (or the document without the code) fails here.
 */
class PublicNamesTest {

    /** Each record the API reads or writes, and the schema that describes it. */
    private static final Map<Class<? extends Record>, String> DESCRIBED = Map.ofEntries(
            Map.entry(ClientData.class, "Client"),
            Map.entry(StaffData.class, "StaffMember"),
            Map.entry(ProductData.class, "Product"),
            Map.entry(SessionGroupData.class, "SessionGroup"),
            Map.entry(SessionData.class, "Session"),
            Map.entry(OrderData.class, "Order"),
            Map.entry(CustomFieldData.class, "CustomField"),
            Map.entry(TeamOut.class, "Team"),
            Map.entry(BookableOut.class, "BookableSessionGroup"),
            Map.entry(RootResource.ApiRootOut.class, "ApiRoot"),
            Map.entry(IntegrationData.class, "WebhookIntegration"),
            Map.entry(IntegrationOut.class, "WebhookIntegration"),
            Map.entry(EndpointOut.class, "WebhookEndpoint"),
            Map.entry(NewSecretOut.class, "WebhookEndpointWithSecret"),
            Map.entry(EventTypeOut.class, "EventType"),
            Map.entry(DeliveryOut.class, "WebhookDelivery"),
            Map.entry(AttemptOut.class, "WebhookDeliveryAttempt"),
            Map.entry(RecoverIn.class, "WebhookRecovery"),
            Map.entry(RecoverOut.class, "WebhookRecoveryResult"),
            Map.entry(EventPayload.class, "WebhookEvent"),
            Map.entry(EventPayload.Resource.class, "WebhookEventResource"),
            Map.entry(ApiError.Detail.class, "Detail"));

    /** What every resource has besides its data record's fields (ResourceSerializer writes them). */
    private static final Set<String> WRITTEN_BY_THE_RESOURCE = Set.of("id", "created", "last_modified");

    private static OpenAPI document;

    @BeforeAll
    static void readTheDocument() throws URISyntaxException {
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        Path yaml = Path.of(
                PublicNamesTest.class.getResource("/META-INF/openapi.yaml").toURI());
        document = new OpenAPIV3Parser().read(yaml.toString(), null, options);
        assertThat(document).as("the OpenAPI document parses").isNotNull();
    }

    @Test
    void everyComponentOfTheApisRecordsStatesItsPublicName() {
        List<String> implicit = new ArrayList<>();
        for (Class<?> record : reachable()) {
            for (RecordComponent component : ApiNames.components(record)) {
                if (!ApiNames.isExplicit(component) && !ApiNames.isInline(component)) {
                    implicit.add(record.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(implicit).as("components without @JsonbProperty").isEmpty();
    }

    @Test
    void theNamesAreTheOnesTheDocumentDescribesAtEveryDepth() {
        List<String> differences = new ArrayList<>();
        DESCRIBED.forEach((record, schema) ->
                compare(record, document.getComponents().getSchemas().get(schema), schema, differences));
        assertThat(differences).isEmpty();
    }

    @Test
    void everyPageOfTheDocumentHasThePageFields() {
        Map<String, Schema> pages =
                new java.util.TreeMap<>(document.getComponents().getSchemas());
        pages.keySet().removeIf(name -> !name.endsWith("Page"));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
        pages.forEach(
                (name, page) -> assertThat(new TreeSet<>(page.getProperties().keySet()))
                        .as(name)
                        .isEqualTo(names(PageOut.class)));
    }

    private static void compare(Class<?> record, Schema<?> schema, String at, List<String> differences) {
        Set<String> documented = new TreeSet<>(schema.getProperties().keySet());
        documented.removeAll(WRITTEN_BY_THE_RESOURCE);
        Set<String> named = names(record);
        named.removeAll(WRITTEN_BY_THE_RESOURCE);
        if (!named.equals(documented)) {
            differences.add(at + ": the code names " + named + ", the document " + documented);
            return;
        }
        for (RecordComponent component : ApiNames.components(record)) {
            Class<?> element = ApiNames.elementType(component);
            if (element.isRecord() && !ApiNames.isInline(component)) {
                Schema<?> property = schema.getProperties().get(ApiNames.of(component));
                Schema<?> nested = property.getItems() != null ? property.getItems() : property;
                compare(element, nested, at + "." + ApiNames.of(component), differences);
            }
        }
    }

    /** The public names of a record's fields, an inline value object's among them. */
    private static Set<String> names(Class<?> record) {
        Set<String> names = new TreeSet<>();
        RecordComponent[] components = ApiNames.components(record);
        for (int i = 0; i < components.length; i++) {
            if (ApiNames.isInline(components[i])) {
                names.addAll(names(components[i].getType()));
            } else {
                names.add(ApiNames.names(record)[i]);
            }
        }
        return names;
    }

    private static Set<Class<?>> reachable() {
        Set<Class<?>> records = new java.util.LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(DESCRIBED.keySet());
        todo.add(PageOut.class);
        while (!todo.isEmpty()) {
            Class<?> record = todo.remove(todo.size() - 1);
            if (records.add(record)) {
                for (RecordComponent component : ApiNames.components(record)) {
                    if (ApiNames.elementType(component).isRecord()) {
                        todo.add(ApiNames.elementType(component));
                    }
                }
            }
        }
        return records;
    }
}
