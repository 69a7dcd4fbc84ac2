package koppel.api.common;

import java.util.function.Supplier;
import koppel.common.CreatedConcurrentlyException;

/**
 * A PUT that creates its resource under the caller's id, when a parallel request created it first:
 * nothing was saved, so it is sent again, and then replaces what the other one made (or learns
 * what the other one took, such as a name). Each lost race means another request committed, so
 * only deletions racing every attempt use up the attempts; then the caller is told to try again.
 */
public final class Upserts {

    private static final int ATTEMPTS = 10;

    private Upserts() {}

    /** The write's result, trying it again while parallel requests keep creating the resource first. */
    public static <T> T put(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (CreatedConcurrentlyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
