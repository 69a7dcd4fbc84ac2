package koppel.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The server's log from a point on: what a test made the server write. */
public final class ServerLog {

    private final Path log;
    private final long start;
    private final long began = System.currentTimeMillis();

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

    /**
     * What was written since, also when the server rotated its log in between (Payara moves a full
     * log to {@code server.log_<time>} and starts a new one): the rest of the file this began in,
     * any filled since, then the current one.
     */
    public String text() {
        try {
            List<Path> files = new ArrayList<>(rotatedSince());
            files.add(log);
            StringBuilder text = new StringBuilder();
            long skip = start;
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.skipNBytes(Math.min(skip, Files.size(file)));
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                skip = 0;
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logs rotated away since this began, oldest first: none while the log is longer than then. */
    private List<Path> rotatedSince() throws IOException {
        if (Files.size(log) >= start) {
            return List.of();
        }
        String prefix = log.getFileName() + "_";
        try (Stream<Path> siblings = Files.list(log.getParent())) {
            return siblings.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> modified(file) >= began)
                    .sorted(Comparator.comparingLong(ServerLog::modified))
                    .toList();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
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
