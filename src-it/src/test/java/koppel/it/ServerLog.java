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
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The server's log from a point on: what a test made the server write. */
public final class ServerLog {

    /** A record's first line: Payara's opens with {@code [2026-}, WildFly's with {@code 2026-}. */
    private static final Pattern NEXT_RECORD = Pattern.compile("\\[?\\d{4}-\\d{2}-\\d{2}");

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

    /**
     * What the log says of the failed request with this id (the server answers a 500 with it): its
     * exception and causes on one line, without the stack, for a test's failure message; empty
     * when the log does not name it within a second.
     */
    public static String failureOf(String requestId) {
        Path log = Path.of(Settings.require("koppel.it.server-log"));
        String tail = poll(() -> tail(log), text -> text.contains(requestId), Duration.ofSeconds(1));
        int at = tail.indexOf(requestId);
        if (at < 0) {
            return "";
        }
        // the record's first line names the request; a line opening with a date starts the next record
        String failure = tail.substring(at)
                .lines()
                .limit(400)
                .takeWhile(line -> !NEXT_RECORD.matcher(line).lookingAt())
                .map(String::strip)
                .filter(line -> !line.startsWith("at ") && !line.startsWith("... ") && !line.isEmpty())
                .collect(Collectors.joining(" | "));
        return failure.length() > 2_000 ? failure.substring(0, 2_000) + " …" : failure;
    }

    /** The last 4 MiB of the log, enough for the records of the last requests. */
    private static String tail(Path log) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.max(0, Files.size(log) - 4 * 1024 * 1024));
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
        return poll(this::text, condition, within);
    }

    /** Reads until what it read meets the condition or {@code within} has passed; the last reading. */
    private static String poll(Supplier<String> read, Predicate<String> condition, Duration within) {
        Instant deadline = Instant.now().plus(within);
        String text = read.get();
        while (!condition.test(text) && Instant.now().isBefore(deadline)) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            text = read.get();
        }
        return text;
    }
}
