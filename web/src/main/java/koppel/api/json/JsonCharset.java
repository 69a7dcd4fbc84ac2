package koppel.api.json;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JSON answer says {@code application/json; charset=UTF-8}, as the contract does: the
 * resources declare plain {@code application/json}, which some clients then read in another
 * encoding. JSON-B writes UTF-8 either way.
 */
@Provider
public class JsonCharset implements ContainerResponseFilter {

    /** Written out rather than as a {@link MediaType}, which the runtimes print without the space. */
    static final String UTF8_JSON = "application/json; charset=UTF-8";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null
                && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !type.isWildcardType()
                && !type.isWildcardSubtype()
                && "UTF-8".equalsIgnoreCase(type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8"))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, UTF8_JSON);
        }
    }
}
