package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Koppel serves at {@code /api/openapi} is valid, comes as YAML or JSON, needs
 * no key, and it and the running API agree. (The outside validators run at build time, in src-it's
 * POM; generated clients drive the API in {@code koppel.it.generated}.)
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> PAGING = Set.of("offset", "limit", "ordering", "expand");

    private OpenAPI document;
    private Map<String, PathItem> paths;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    private static final String DOCUMENT = Settings.baseUrl() + "/api/openapi";

    /** Read per test: on WildFly the deployment is not there yet when @BeforeAll runs. */
    @BeforeEach
    void readTheServedDocument() {
        String served = Http.get(DOCUMENT).body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served);
        assertThat(parsed.getMessages()).as("problems in the document").isEmpty();
        document = parsed.getOpenAPI();
        paths = new java.util.TreeMap<>();
        document.getPaths().forEach((path, item) -> paths.put(apiPath(path), item));
    }

    /** A documented path as the API knows it ("/teams/{teamId}", "/" for the root). */
    private String apiPath(String documented) {
        assertThat(document.getServers())
                .singleElement()
                .satisfies(server -> assertThat(server.getUrl()).isEqualTo("/api"));
        assertThat(documented).as("under /api/v1").matches("/v1(/.*)?");
        return documented.equals("/v1") ? "/" : documented.substring("/v1".length());
    }

    @Test
    void itIsYamlByDefaultAndJsonOnAskingWithTheSameContent() {
        HttpResponse<String> yaml = Http.get(DOCUMENT);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(yaml.body())
                .as("the document as written, which the build's validators check")
                .isEqualTo(written());

        HttpResponse<String> json = Http.send(HttpRequest.newBuilder(URI.create(DOCUMENT))
                .header("Accept", "application/json")
                .build());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        SwaggerParseResult fromJson = new OpenAPIV3Parser().readContents(json.body());
        assertThat(fromJson.getMessages()).isEmpty();
        assertThat(Json.pretty(fromJson.getOpenAPI())).isEqualTo(Json.pretty(document));
    }

    private static String written() {
        try {
            return java.nio.file.Files.readString(
                    java.nio.file.Path.of(Settings.require("koppel.it.openapi-document")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** No key, no counting: the document is outside the API's filters (no RateLimit-* headers). */
    @Test
    void itNeedsNoKeyAndCountsTowardNothing() {
        HttpResponse<String> withABadKey = Http.send(HttpRequest.newBuilder(URI.create(DOCUMENT))
                .header("Authorization", "Token kop_nonsense")
                .build());
        assertThat(withABadKey.statusCode()).isEqualTo(200);
        assertThat(withABadKey.headers().map().keySet())
                .noneSatisfy(name ->
                        assertThat(name.toLowerCase(java.util.Locale.ROOT)).startsWith("ratelimit"));
    }

    /** The root is public, as documented (security: []); everything else takes the bearer scheme. */
    @Test
    void theRootIsPublicAndTheRestTakesABearerKey() {
        assertThat(Http.get(Settings.baseUrl() + "/api/v1").statusCode()).isEqualTo(200);
        assertThat(paths.get("/").getGet().getSecurity()).isEmpty();
        assertThat(document.getSecurity())
                .singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("bearer"));
        var scheme = document.getComponents().getSecuritySchemes().get("bearer");
        assertThat(scheme.getType()).isEqualTo(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
    }

    @Test
    void itDescribesEveryPathOfTheApi() {
        assertThat(paths.keySet())
                .contains(
                        "/teams",
                        "/teams/{teamId}",
                        "/teams/{teamId}/online-products",
                        "/teams/{teamId}/online-products/{productId}/session-groups",
                        "/webhook-integrations",
                        "/webhook-integrations/{id}",
                        "/teams/{teamId}/webhook-endpoints/{id}/rotate-secret",
                        "/event-types");
        for (String collection : List.of(
                "clients",
                "staff",
                "products",
                "session-groups",
                "sessions",
                "orders",
                "custom-fields",
                "webhook-endpoints")) {
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
            assertThat(statuses).as(method + " " + path).contains("401", "405", "429");
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
                "teams",
                "clients",
                "staff",
                "products",
                "session_groups",
                "sessions",
                "orders",
                "custom_fields",
                "webhooks")) {
            everything.put(type, "read");
        }
        Key key = Fixtures.key(List.of(Fixtures.team()), everything, b -> b.add("rate_per_second", 1000));
        List<String> lists = paths.keySet().stream()
                // an endpoint's deliveries (status filter) are WebhookOperationsIT's
                .filter(path -> !path.endsWith("}")
                        && !path.contains("{productId}")
                        && !path.contains("{endpointId}")
                        && !path.equals("/"))
                // an action (rotate-secret) is no list, and the event types are a fixed one without filters
                .filter(path -> paths.get(path).getGet() != null && !path.equals("/event-types"))
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
