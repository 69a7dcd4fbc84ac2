package koppel.api.common;

import java.util.UUID;
import koppel.api.error.ApiError;
import koppel.common.Ids;
import koppel.common.InvalidFieldsException;

/** What every resource class of the API does alike. */
public final class Resources {

    private Resources() {}

    /** The id in a resource's path; anything that is not a UUID names nothing: 404. */
    public static UUID id(String text) {
        return Ids.parse(text).orElseThrow(ApiError::notFound);
    }

    /**
     * The id in the path of a PUT, which creates the resource when there is none: a UUID version
     * 4, or a 400 naming {@code id}, as the caller chooses it.
     */
    public static UUID chosenId(String text) {
        UUID id = id(text);
        if (!Ids.isVersion4(id)) {
            throw InvalidFieldsException.of("id", Ids.NOT_VERSION_4);
        }
        return id;
    }
}
