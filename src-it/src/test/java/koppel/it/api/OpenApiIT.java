package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.Http;
import koppel.it.Settings;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The served OpenAPI document is valid, and it and the running API agree. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> PAGING = Set.of("offset", "limit", "ordering", "expand");

    private static OpenAPI document;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeAll
    static void readTheServedDocument() {
        // Payara adds a top-level "endpoints" (its own, not OpenAPI) that no option turns off.
        String served =
                Http.get(Settings.baseUrl() + "/openapi").body().replaceAll("(?ms)^endpoints:\\R(?:[ -].*?\\R)*", "");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served);
        assertThat(parsed.getMessages()).as("problems in the document").isEmpty();
        document = parsed.getOpenAPI();
    }

    @Test
    void itDescribesEveryPathOfTheApi() {
        assertThat(document.getPaths().keySet())
                .contains("/teams", "/teams/{teamId}", "/teams/{teamId}/clients", "/teams/{teamId}/clients/{id}");
        // Payara also lists the test-only fixture module's address here; the API's own is what counts.
        assertThat(document.getServers()).extracting(server -> server.getUrl()).contains("/api/v1");
    }

    @Test
    void everyOperationDocumentsItsErrors() {
        document.getPaths()
                .forEach((path, item) -> operations(item).forEach((method, operation) -> {
                    if (path.equals("/")) {
                        return;
                    }
                    Set<String> statuses = operation.getResponses().keySet();
                    assertThat(statuses).as(method + " " + path).contains("401", "429");
                    if (path.contains("{")) {
                        assertThat(statuses).as(method + " " + path).contains("403", "404");
                    }
                    if (method.equals("POST") || method.equals("PUT")) {
                        assertThat(statuses).as(method + " " + path).contains("400", "413", "415");
                    }
                }));
    }

    /** Each filter the document names works on the live API; the rest are refused (see ClientsIT). */
    @Test
    void everyDocumentedFilterIsAccepted() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"), b -> b.add("rate_per_second", 1000));
        Map<String, String> lists =
                Map.of("/teams", "/teams", "/teams/{teamId}/clients", "/teams/" + key.team() + "/clients");

        lists.forEach((documented, actual) -> {
            List<Parameter> filters = document.getPaths().get(documented).getGet().getParameters().stream()
                    .map(this::resolve)
                    .filter(p -> p.getIn().equals("query") && !PAGING.contains(p.getName()))
                    .toList();
            assertThat(filters).as(documented).isNotEmpty();
            for (Parameter filter : filters) {
                Reply reply = key.api().get(actual + "?" + filter.getName() + "=" + sample(filter));
                assertThat(reply.status())
                        .as(documented + " " + filter.getName() + " -> " + reply)
                        .isEqualTo(200);
            }
        });
    }

    private Parameter resolve(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return document.getComponents().getParameters().get(name);
    }

    private static String sample(Parameter filter) {
        var schema = filter.getSchema();
        if (schema.get$ref() != null && schema.get$ref().endsWith("FilterDateTime")) {
            return "2020-01-01T00:00:00Z";
        }
        return switch (String.valueOf(schema.getFormat())) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2020-01-01";
            default -> "sample";
        };
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        item.readOperationsMap().forEach((method, operation) -> operations.put(method.name(), operation));
        return operations;
    }
}
