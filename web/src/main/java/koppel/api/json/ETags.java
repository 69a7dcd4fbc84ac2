package koppel.api.json;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import koppel.common.PreconditionFailedException;
import koppel.common.entity.Tracked;

/** Entity tags from resource versions, and the version an {@code If-Match} header expects. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(Tracked resource) {
        return new EntityTag(Long.toString(resource.getVersion()));
    }

    /**
     * The version the caller's {@code If-Match} names; null when it sent none or "*". A tag that
     * cannot be ours matches nothing.
     */
    public static Long expectedVersion(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.length() > 21 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new PreconditionFailedException();
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException();
        }
    }
}
