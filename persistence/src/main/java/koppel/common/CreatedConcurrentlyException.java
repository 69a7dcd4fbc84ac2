package koppel.common;

/**
 * A parallel request created the resource while this one was creating it too. Nothing was saved;
 * the same request sent again finds the resource and replaces it.
 */
public class CreatedConcurrentlyException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public CreatedConcurrentlyException() {
        super("The resource was created by another request at the same time.");
    }
}
