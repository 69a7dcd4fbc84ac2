package koppel.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;

/**
 * The runtime's own refusals (no such path, wrong method, body not JSON, ...) in the contract's
 * words; responses the API built itself pass through unchanged.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        Response body = switch (status) {
            case 404 -> ApiError.detail(404, ApiError.NOT_FOUND);
            case 405 -> ApiError.detail(405, "Method \"" + request.getMethod() + "\" not allowed.");
            case 406 -> ApiError.detail(406, "Could not satisfy the request Accept header.");
            case 415 ->
                ApiError.detail(
                        415,
                        "Unsupported media type \""
                                + Objects.toString(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), "")
                                + "\" in request.");
            default -> ApiError.detail(status, response.getStatusInfo().getReasonPhrase() + ".");
        };
        Response.ResponseBuilder merged = Response.fromResponse(body);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> merged.header(name, value));
            }
        });
        return merged.build();
    }
}
