package koppel.api.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import koppel.api.error.ApiError;
import koppel.api.json.Ids;
import koppel.common.control.Saved;

/** What every resource class of the API does alike. */
public final class Resources {

    private Resources() {}

    /** The id in a resource's path; anything that is not a UUID names nothing: 404. */
    public static UUID id(String text) {
        return Ids.parse(text).orElseThrow(ApiError::notFound);
    }

    /** The answer to a PUT: 201 with its location when it created the resource, 200 when it replaced it. */
    public static Response saved(Saved<?> saved, UriInfo uri, EntityTag tag, Object body) {
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(tag).entity(body).build();
    }
}
