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
 * a bug to fix where the input is read.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, exception, () -> "Request " + requestId + " failed");
        return Response.fromResponse(ApiError.detail(500, "A server error occurred (request id " + requestId + ")."))
                .header("X-Request-Id", requestId)
                .build();
    }
}
