package koppel.api.json;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import koppel.common.PreconditionFailedException;
import koppel.common.control.Versions;
import koppel.common.entity.Tracked;

/**
 * Entity tags from resource versions, and the version an {@code If-Match} header expects. The
 * comparison is strong (RFC 9110, 13.1.1): a weak tag ({@code W/"3"}) never matches, since a
 * write must not go ahead on a copy that is only "about the same".
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(Tracked resource) {
        return new EntityTag(Long.toString(resource.getVersion()));
    }

    /**
     * The version the caller's {@code If-Match} names: null when it sent none, {@link
     * Versions#EXISTING} for "*" (any current version). A weak tag, a list or a tag that cannot be
     * ours matches nothing.
     */
    public static Long expectedVersion(HttpHeaders headers) {
        return expectedVersion(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return Versions.EXISTING;
        }
        if (tag.length() < 3 || tag.length() > 21 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new PreconditionFailedException();
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            if (version < 0) {
                throw new PreconditionFailedException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException();
        }
    }
}
