package koppel.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import koppel.api.json.BodyRefused;

/** A body refused by the JSON reader as the contract's {@code {"detail": "..."}}; nothing is logged. */
@Provider
public class BodyRefusedMapper implements ExceptionMapper<BodyRefused> {

    @Override
    public Response toResponse(BodyRefused refused) {
        return ApiError.detail(refused.status(), refused.detail());
    }
}
