package koppel.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The server's log from a point on: what a test made the server write. */
public final class ServerLog {

    private final Path log;
    private final long start;

    private ServerLog(Path log, long start) {
        this.log = log;
        this.start = start;
    }

    /** The log from its current end on. */
    public static ServerLog fromNow() {
        Path log = Path.of(Settings.require("koppel.it.server-log"));
        try {
            return new ServerLog(log, Files.size(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written since. */
    public String text() {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(start);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written since, once it contains {@code expected} or {@code within} has passed. */
    public String awaiting(String expected, Duration within) {
        return awaiting(text -> text.contains(expected), within);
    }

    /** What was written since, once it meets the condition or {@code within} has passed. */
    public String awaiting(Predicate<String> condition, Duration within) {
        // The server may write its log a moment later than it answers.
        Instant deadline = Instant.now().plus(within);
        String text = text();
        while (!condition.test(text) && Instant.now().isBefore(deadline)) {
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            text = text();
        }
        return text;
    }
}
