package koppel.common.control;

import koppel.common.PreconditionFailedException;
import koppel.common.entity.Tracked;

/** Optimistic concurrency for callers: a write that names the version it read fails if that is stale. */
public final class Versions {

    private Versions() {}

    /** Passes when no version is expected or it is the current one. */
    public static void expect(Tracked resource, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != resource.getVersion()) {
            throw new PreconditionFailedException();
        }
    }
}
