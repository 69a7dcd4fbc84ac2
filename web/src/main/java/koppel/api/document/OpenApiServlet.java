package koppel.api.document;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document at {@code /api/openapi}, beside the JAX-RS application at
 * {@code /api/v1} so that no key, rate limit or API filter applies to it: YAML
 * ({@code application/yaml}) unless the {@code Accept} header prefers JSON. The application
 * server's own {@code /openapi} is the server's rendering; this one is the document as written.
 */
@WebServlet(urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String YAML = "application/yaml; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";

    private transient OpenApiDocument document;

    @Override
    public void init() {
        document = OpenApiDocument.packaged();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = AcceptedForm.prefersJson(request.getHeader("Accept"));
        byte[] body = (json ? document.json() : document.yaml()).getBytes(StandardCharsets.UTF_8);
        response.setContentType(json ? JSON : YAML);
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
