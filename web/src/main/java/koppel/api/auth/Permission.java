package koppel.api.auth;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import koppel.api.error.ApiError;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.Access;
import koppel.common.Ids;

/**
 * Whether a caller may do what a request asks under a guard: read on GET and HEAD, write on
 * anything else, on the team of the path. Asked before the runtime matches a method (so that a
 * refused key learns nothing about methods and media types) and again after, on the guard of the
 * method actually matched.
 */
final class Permission {

    private Permission() {}

    /** The refusal, or empty when the caller may go on. */
    static Optional<Response> refusal(ApiCaller caller, Guarded guard, String method, String teamParameter) {
        Optional<UUID> team = Optional.ofNullable(teamParameter).flatMap(Ids::parse);
        if (teamParameter != null && team.isEmpty()) {
            return Optional.of(ApiError.detail(404, ApiError.NOT_FOUND));
        }
        if (!permitted(caller, guard, method) || team.isPresent() && !caller.actsOn(team.get())) {
            return Optional.of(ApiError.detail(403, ApiError.FORBIDDEN));
        }
        return Optional.empty();
    }

    private static boolean permitted(ApiCaller caller, Guarded guard, String method) {
        boolean reading = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (guard.anyTeam() && caller.teams().isEmpty()) {
            return false;
        }
        return (reading || guard.readOnly()) && guard.anyKeyReads()
                || caller.may(guard.value(), reading ? Access.READ : Access.WRITE);
    }
}
