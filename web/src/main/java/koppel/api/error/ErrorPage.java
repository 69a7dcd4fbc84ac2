package koppel.api.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole web module ({@code web.xml} sends every error here): what the
 * servlet container refuses before or around the API (an unknown path such as {@code /api/v2},
 * a header the runtime cannot parse, a failure outside a resource) is answered in the contract's
 * JSON, as the API's own errors are, instead of the server's HTML page naming itself.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    static final String PATH = "/error-page";

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    /** A detail is a string: the API's configuration (koppel.api.json) has nothing to add to it. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number ? number : failure != null ? 500 : 404;
        String detail = detail(status, request);
        if (status >= 500) {
            String requestId = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    failure,
                    () -> "Request " + requestId + " failed: "
                            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            detail = "A server error occurred (request id " + requestId + ").";
            response.setHeader("X-Request-Id", requestId);
        }
        byte[] body = JSONB.toJson(new ApiError.Detail(detail)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The contract's words for a status, DRF's where the contract has none. */
    static String detail(int status, HttpServletRequest request) {
        return switch (status) {
            case 400 -> "Malformed request.";
            case 401 -> ApiError.NOT_PROVIDED;
            case 403 -> ApiError.FORBIDDEN;
            case 404 -> ApiError.NOT_FOUND;
            case 405 -> "Method \"" + request.getMethod() + "\" not allowed.";
            case 406 -> "Could not satisfy the request Accept header.";
            case 413 -> "Request body too large.";
            case 414 -> "Request URI too long.";
            case 415 -> "Unsupported media type \"" + Objects.toString(request.getContentType(), "") + "\" in request.";
            case 431 -> "Request header fields too large.";
            case 503 -> "Service temporarily unavailable, try again later.";
            default -> status >= 500 ? "A server error occurred." : "Request refused (" + status + ").";
        };
    }
}
