package koppel.api.error;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error bodies of {@code API.md}, as responses and as exceptions that carry them. */
public final class ApiError {

    public static final String NOT_PROVIDED = "Authentication credentials were not provided.";
    public static final String INVALID_TOKEN = "Invalid token.";
    public static final String FORBIDDEN = "You do not have permission to perform this action.";
    public static final String NOT_FOUND = "Not found.";

    private ApiError() {}

    /** The body of every error that is not about fields. */
    public record Detail(@JsonbProperty("detail") String detail) {}

    /** {@code {"detail": "..."}} with the given status. */
    public static Response detail(Response.Status status, String detail) {
        return detail(status.getStatusCode(), detail);
    }

    public static Response detail(int status, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Detail(detail))
                .build();
    }

    /** A body of messages by field ({@code FieldErrors}' map of lists and nested maps), as JSON-B writes maps. */
    public static Response body(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    public static Response unauthorized(String detail) {
        return Response.fromResponse(detail(Response.Status.UNAUTHORIZED, detail))
                .header("WWW-Authenticate", "Token")
                .build();
    }

    public static WebApplicationException notFound() {
        return new WebApplicationException(detail(404, NOT_FOUND));
    }
}
