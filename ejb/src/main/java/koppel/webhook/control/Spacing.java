package koppel.webhook.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start times at least a gap apart, handed out to threads that ask at once: the first after a
 * quiet spell starts at once, the others one gap after the start handed out before theirs. Times
 * are on the scale of {@link System#nanoTime()}.
 */
public final class Spacing {

    private final long gap;
    private final AtomicLong last;

    public Spacing(Duration gap, long now) {
        this.gap = gap.toNanos();
        this.last = new AtomicLong(now - this.gap);
    }

    /** When to start, asked at {@code now}: now, or one gap after the last start handed out. */
    public long next(long now) {
        return last.accumulateAndGet(now, (previous, asked) -> Math.max(previous + gap, asked));
    }
}
