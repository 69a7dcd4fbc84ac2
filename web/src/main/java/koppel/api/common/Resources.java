package koppel.api.common;

import java.util.UUID;
import koppel.api.error.ApiError;
import koppel.common.Ids;

/** What every resource class of the API does alike. */
public final class Resources {

    private Resources() {}

    /** The id in a resource's path; anything that is not a UUID names nothing: 404. */
    public static UUID id(String text) {
        return Ids.parse(text).orElseThrow(ApiError::notFound);
    }
}
