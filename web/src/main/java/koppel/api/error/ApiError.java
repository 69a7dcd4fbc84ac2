package koppel.api.error;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonObject;
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

    /** {@code {"detail": "..."}} with the given status. */
    public static Response detail(Response.Status status, String detail) {
        return detail(status.getStatusCode(), detail);
    }

    public static Response detail(int status, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JSON.createObjectBuilder().add("detail", detail).build())
                .build();
    }

    public static Response body(int status, JsonObject body) {
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

    public static WebApplicationException tooLarge() {
        return new WebApplicationException(detail(413, "Request body too large."));
    }

    public static WebApplicationException malformedJson(String problem) {
        return new WebApplicationException(detail(400, "JSON parse error - " + problem));
    }

    public static WebApplicationException notFound() {
        return new WebApplicationException(detail(404, NOT_FOUND));
    }
}
