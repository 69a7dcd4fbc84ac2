package koppel.common.control;

import koppel.common.PreconditionFailedException;
import koppel.common.entity.Tracked;

/** Optimistic concurrency for callers: a write that names the version it read fails if that is stale. */
public final class Versions {

    /** The expectation of {@code If-Match: *}: any version, as long as the resource exists. */
    public static final long EXISTING = -1;

    private Versions() {}

    /** Passes when no version is expected, any is ({@link #EXISTING}), or it is the current one. */
    public static void expect(Tracked resource, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != EXISTING && expectedVersion != resource.getVersion()) {
            throw new PreconditionFailedException();
        }
    }

    /**
     * A write that would create the resource: any expectation fails, since a precondition about a
     * version can only hold for something that exists (RFC 9110, 13.1.1: {@code If-Match} then
     * never matches).
     */
    public static void expectAbsent(Long expectedVersion) {
        if (expectedVersion != null) {
            throw new PreconditionFailedException();
        }
    }
}
