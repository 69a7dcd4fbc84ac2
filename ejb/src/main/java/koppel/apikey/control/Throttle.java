package koppel.apikey.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.apikey.entity.ApiKeyUsage;
import koppel.apikey.entity.RateLimits;
import koppel.apikey.entity.Throttling;

/**
 * Counts each key's requests against its limits without a database call per request: this
 * instance decides on its copy of the key's counts, and every {@link #WRITE_EVERY} adds what it
 * counted to the key's row, where every instance's counts meet, and takes the sum back. Across
 * instances a limit therefore holds to within one write interval. A key idle here for longer than
 * {@link #FRESH} is read again before its next request is decided.
 */
@ApplicationScoped
public class Throttle {

    static final Duration WRITE_EVERY = Duration.ofMillis(200);
    static final Duration FRESH = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(Throttle.class.getName());

    @Inject
    private KeyStore store;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final ConcurrentMap<UUID, Counts> keys = new ConcurrentHashMap<>();
    private ScheduledFuture<?> writer;

    /** One key's counts on this instance: the sum as last read, plus what was counted since. */
    private static final class Counts {
        ApiKeyUsage view;
        Instant readAt = Instant.MIN;
        Map<Long, Integer> unwritten = new TreeMap<>();
        Instant lastUsed;
        String ip;
    }

    @PostConstruct
    void start() {
        long every = WRITE_EVERY.toMillis();
        writer = scheduler.scheduleWithFixedDelay(this::writeAll, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        writer.cancel(false);
        writeAll();
    }

    /** The throttle's answer for one request of the key; empty when the key no longer exists. */
    public Optional<Throttling> admit(UUID key, Instant now, String ip, RateLimits limits) {
        Counts counts = keys.computeIfAbsent(key, id -> new Counts());
        synchronized (counts) {
            if (counts.unwritten.isEmpty() && counts.readAt.isBefore(now.minus(FRESH))) {
                Optional<ApiKeyUsage> read = store.usage(key);
                if (read.isEmpty()) {
                    keys.remove(key);
                    return Optional.empty();
                }
                counts.view = read.get();
                counts.readAt = now;
            }
            Throttling throttling = counts.view.record(now, ip, limits);
            if (throttling.allowed()) {
                counts.unwritten.merge(now.getEpochSecond(), 1, Integer::sum);
            }
            counts.lastUsed = now;
            counts.ip = ip;
            return Optional.of(throttling);
        }
    }

    /** Drops this instance's counts of a key (deleted or changed); the next request reads them again. */
    public void forget(UUID key) {
        keys.remove(key);
    }

    void writeAll() {
        keys.forEach(this::write);
    }

    private void write(UUID key, Counts counts) {
        Map<Long, Integer> unwritten;
        Instant lastUsed;
        String ip;
        synchronized (counts) {
            if (counts.unwritten.isEmpty()) {
                return;
            }
            unwritten = counts.unwritten;
            counts.unwritten = new TreeMap<>();
            lastUsed = counts.lastUsed;
            ip = counts.ip;
        }
        try {
            Optional<ApiKeyUsage> sum = store.add(key, unwritten, lastUsed, ip);
            synchronized (counts) {
                if (sum.isEmpty()) {
                    keys.remove(key);
                    return;
                }
                counts.view = sum.get();
                counts.view.absorb(counts.unwritten, null, null);
                counts.readAt = Instant.now();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not write the request counts of key " + key + "; will retry");
            synchronized (counts) {
                unwritten.forEach((second, requests) -> counts.unwritten.merge(second, requests, Integer::sum));
            }
        }
    }
}
