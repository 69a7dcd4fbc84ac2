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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The served OpenAPI document is valid, and it and the running API agree. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> PAGING = Set.of("offset", "limit", "ordering", "expand");

    private OpenAPI document;
    private Map<String, PathItem> paths;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.koppelWithFixtures();
    }

    /** Read per test: on WildFly the deployment is not there yet when @BeforeAll runs. */
    @BeforeEach
    void readTheServedDocument() {
        String served = Http.get(Settings.baseUrl() + "/openapi").body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(withoutServerAdditions(served));
        assertThat(parsed.getMessages()).as("problems in the document").isEmpty();
        document = parsed.getOpenAPI();
        paths = new java.util.TreeMap<>();
        document.getPaths().forEach((path, item) -> paths.put(apiPath(path), item));
    }

    /**
     * A documented path as the API knows it ("/teams/{teamId}"): the servers' own additions (the
     * context root in the server URL on Payara, in front of every path on WildFly) taken away.
     */
    private String apiPath(String documented) {
        List<String> servers = new java.util.ArrayList<>(List.of(""));
        if (document.getServers() != null) {
            document.getServers()
                    .forEach(server ->
                            servers.add(java.net.URI.create(server.getUrl()).getPath()));
        }
        return servers.stream()
                .map(server -> (server + documented).replaceAll("/+", "/"))
                .filter(full -> full.startsWith("/api/v1/"))
                .map(full -> full.substring("/api/v1".length()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No server puts " + documented + " under /api/v1: " + servers));
    }

    @Test
    void itDescribesEveryPathOfTheApi() {
        assertThat(paths.keySet())
                .contains(
                        "/teams",
                        "/teams/{teamId}",
                        "/teams/{teamId}/online-products",
                        "/teams/{teamId}/online-products/{productId}/session-groups");
        for (String collection :
                List.of("clients", "staff", "products", "session-groups", "sessions", "orders", "custom-fields")) {
            assertThat(paths.keySet())
                    .contains("/teams/{teamId}/" + collection, "/teams/{teamId}/" + collection + "/{id}");
        }
    }

    @Test
    void everyOperationDocumentsItsErrors() {
        paths.forEach((path, item) -> operations(item).forEach((method, operation) -> {
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
        Map<String, String> everything = new java.util.HashMap<>();
        for (String type : List.of(
                "teams", "clients", "staff", "products", "session_groups", "sessions", "orders", "custom_fields")) {
            everything.put(type, "read");
        }
        Key key = Fixtures.key(List.of(Fixtures.team()), everything, b -> b.add("rate_per_second", 1000));
        List<String> lists = paths.keySet().stream()
                .filter(path -> !path.endsWith("}") && !path.contains("{productId}") && !path.equals("/"))
                .toList();
        assertThat(lists).hasSizeGreaterThanOrEqualTo(8);

        for (String documented : lists) {
            String actual = documented.replace("{teamId}", key.team());
            List<Parameter> filters = paths.get(documented).getGet().getParameters().stream()
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
        }
    }

    /**
     * The document as we wrote it: Payara adds a top-level "endpoints" (its own, not OpenAPI) and
     * WildFly writes absent optional objects as empty ones ("externalDocs: {}", "license: {}"),
     * neither of which any option turns off.
     */
    private static String withoutServerAdditions(String served) {
        return served.replaceAll("(?ms)^endpoints:\\R(?:[ -].*?\\R)*", "")
                .replaceAll("(?m)^\\s*(externalDocs|license): \\{}\\R", "");
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
        if ("lang".equals(filter.getName())) {
            return "fr";
        }
        if ("boolean".equals(schema.getType())) {
            return "true";
        }
        if ("number".equals(schema.getType()) || "integer".equals(schema.getType())) {
            return "1";
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
