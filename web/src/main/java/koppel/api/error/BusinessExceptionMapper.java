package koppel.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import koppel.common.BusinessException;
import koppel.common.ConflictException;
import koppel.common.ForeignResourceException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;

/** A broken business rule as the client error the contract names for it. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        if (exception instanceof NoSuchResourceException) {
            return ApiError.detail(404, ApiError.NOT_FOUND);
        }
        if (exception instanceof ForeignResourceException) {
            return ApiError.detail(403, ApiError.FORBIDDEN);
        }
        if (exception instanceof PreconditionFailedException || exception instanceof ConflictException) {
            return ApiError.detail(exception instanceof ConflictException ? 409 : 412, exception.getMessage());
        }
        if (exception instanceof InvalidFieldsException invalid) {
            return ApiError.body(400, invalid.getErrors());
        }
        String field = exception.getField() == null ? "non_field_errors" : exception.getField();
        return ApiError.body(400, Map.of(field, List.of(exception.getMessage())));
    }
}
