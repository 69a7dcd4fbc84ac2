package koppel.common;

/** The caller's copy is stale: it was changed since the caller read it (If-Match). */
public class PreconditionFailedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException() {
        super("Precondition failed: the resource was modified.");
    }
}
