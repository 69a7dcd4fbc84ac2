package koppel.api.document;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The API's OpenAPI document, {@code META-INF/openapi.yaml} as written by hand, in its two forms:
 * the YAML itself, and the same tree as JSON (read as YAML 1.2, written by JSON-B). Both are made
 * once, on first use; the document never changes while the application runs.
 */
public final class OpenApiDocument {

    static final String RESOURCE = "/META-INF/openapi.yaml";

    private final String yaml;
    private volatile String json;

    private OpenApiDocument(String yaml) {
        this.yaml = yaml;
    }

    /** The document the web module carries. */
    public static OpenApiDocument packaged() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The web module carries " + RESOURCE);
            }
            return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String yaml() {
        return yaml;
    }

    public String json() {
        String made = json;
        if (made == null) {
            made = toJson(yaml);
            json = made;
        }
        return made;
    }

    /** YAML 1.2's core schema: what looks like a number or a boolean is one, everything else a string. */
    static String toJson(String yaml) {
        Object tree = new Load(LoadSettings.builder()
                        .setSchema(new CoreSchema())
                        .setAllowDuplicateKeys(false)
                        .build())
                .loadFromString(yaml);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(tree);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the OpenAPI document as JSON", e);
        }
    }
}
