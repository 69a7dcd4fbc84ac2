package koppel.api.idempotency;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import koppel.api.auth.CallerContext;
import koppel.api.json.JsonConfig;
import koppel.api.json.JsonObjectReader;
import koppel.common.InvalidFieldsException;
import koppel.idempotency.boundary.IdempotentRequests;
import koppel.idempotency.boundary.IdempotentRequests.Proceed;
import koppel.idempotency.boundary.IdempotentRequests.Replay;
import koppel.idempotency.entity.IdempotentRequest;

/**
 * A POST with {@code Idempotency-Key}: the same key with the same request within 24 hours gets the
 * first answer again (same status, body and id) instead of running twice; with another request, a
 * 409. Runs after the key check, so keys are per API key; only successful answers are kept.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = "koppel.api.idempotency";

    @EJB
    private IdempotentRequests requests;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || CallerContext.caller(request) == null) {
            return;
        }
        if (key.isBlank() || key.length() > IdempotentRequest.MAX_KEY_LENGTH) {
            throw InvalidFieldsException.of(HEADER, "Ensure this value has 1 to 255 characters.");
        }
        byte[] body = JsonObjectReader.readBounded(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotentRequests.Start start =
                requests.start(CallerContext.caller(request).keyId(), key, digest(request, body));
        if (start instanceof Replay replay) {
            request.abortWith(replayed(replay.answer(), replay.body()));
        } else if (start instanceof Proceed proceed) {
            request.setProperty(CLAIM, proceed.id());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof UUID claim)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            requests.answered(
                    claim,
                    response.getStatus(),
                    response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG),
                    json(response.getEntity()));
        } else {
            requests.abandon(claim);
        }
    }

    private static Response replayed(IdempotentRequest answer, String body) {
        Response.ResponseBuilder replay = Response.status(answer.getStatus())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .header("Idempotent-Replayed", "true");
        answer.getLocation().ifPresent(location -> replay.header(HttpHeaders.LOCATION, location));
        answer.getEtag().ifPresent(etag -> replay.header(HttpHeaders.ETAG, etag));
        return replay.build();
    }

    private static String json(Object entity) {
        if (entity == null) {
            return null;
        }
        return entity instanceof JsonValue value ? value.toString() : JsonConfig.JSONB.toJson(entity);
    }

    private static String digest(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
