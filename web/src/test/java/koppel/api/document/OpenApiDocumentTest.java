package koppel.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The document's two forms say the same, and what integrators' tools rely on is in it. */
class OpenApiDocumentTest {

    private final OpenApiDocument document = OpenApiDocument.packaged();

    @Test
    void theJsonIsTheYamlsTree() throws Exception {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(document.yaml());
        Object json;
        try (var jsonb = JsonbBuilder.create()) {
            json = jsonb.fromJson(document.json(), Map.class);
        }
        assertThat(normalized(json)).isEqualTo(normalized(yaml));
        assertThat(document.json()).startsWith("{\"openapi\":\"3.0.3\"");
    }

    @Test
    void bothFormsParseWithoutProblemsAndNameTheServerAndTheBearerScheme() {
        for (String form : new String[] {document.yaml(), document.json()}) {
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(form);
            assertThat(parsed.getMessages()).isEmpty();
            OpenAPI api = parsed.getOpenAPI();
            assertThat(api.getOpenapi()).isEqualTo("3.0.3");
            assertThat(api.getServers())
                    .singleElement()
                    .satisfies(s -> assertThat(s.getUrl()).isEqualTo("/api"));
            SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
            assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
            assertThat(bearer.getScheme()).isEqualTo("bearer");
            assertThat(api.getPaths().get("/v1").getGet().getSecurity()).isEmpty();
            assertThat(api.getPaths())
                    .allSatisfy((path, item) -> assertThat(path).startsWith("/v1"));
        }
    }

    /** JSON-B reads every number as a BigDecimal; YAML as Integer or Double. */
    private static Object normalized(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalized(v)));
            return copy;
        }
        if (tree instanceof java.util.List<?> list) {
            return list.stream().map(OpenApiDocumentTest::normalized).toList();
        }
        if (tree instanceof Number number) {
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros();
        }
        return tree;
    }
}
