package koppel.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not foreseen: a 500 that says nothing about the inside, with a request id that finds
 * the full story in the server log. A client's input must never end here; when it does, that is
 * a bug to fix where the input is read. The failures foreseen here are requests colliding
 * ({@link Contention}): the database gave up waiting for a lock that other changes held, which is
 * a 503 with {@code Retry-After}, since the same request may pass a moment later; or a row written
 * refers to one another request deleted meanwhile, which is a 409.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    /** How long a client waits before it tries a request again that waited too long for a lock. */
    private static final int RETRY_AFTER_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = UUID.randomUUID().toString();
        if (Contention.causes(exception)) {
            LOG.warning(() -> "Request " + requestId + " gave up waiting for a lock: " + Contention.summary(exception));
            return Response.fromResponse(ApiError.detail(
                            503,
                            "Other changes held the data this request needs for too long."
                                    + " Try again in a moment (request id " + requestId + ")."))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .header("X-Request-Id", requestId)
                    .build();
        }
        if (Contention.lostReference(exception)) {
            LOG.info(() ->
                    "Request " + requestId + " referred to data deleted meanwhile: " + Contention.summary(exception));
            return Response.fromResponse(ApiError.detail(
                            409,
                            "Data this request refers to was deleted by another request at the same time"
                                    + " (request id " + requestId + ")."))
                    .header("X-Request-Id", requestId)
                    .build();
        }
        LOG.log(Level.SEVERE, exception, () -> "Request " + requestId + " failed");
        return Response.fromResponse(ApiError.detail(500, "A server error occurred (request id " + requestId + ")."))
                .header("X-Request-Id", requestId)
                .build();
    }
}
