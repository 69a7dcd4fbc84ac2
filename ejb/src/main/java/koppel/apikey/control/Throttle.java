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
import koppel.apikey.entity.DayWindow;
import koppel.apikey.entity.RateLimits;
import koppel.apikey.entity.Throttling;
import koppel.common.control.ClusterPermits;
import koppel.common.control.PermitLedger;

/**
 * Counts each key's requests against its limits: this instance decides on its copy of the key's
 * counts, and every {@link #WRITE_EVERY} adds what it counted to the key's rows, where every
 * instance's counts meet, and reads back what changed. Across instances the day's limit therefore
 * holds to within one write interval; the per-second limit holds exactly, as each admitted request
 * also needs one of the cluster's permits for its second ({@link ClusterPermits}). A key idle here for
 * longer than {@link #FRESH} is read again (what changed only) before its next request is decided.
 */
@ApplicationScoped
public class Throttle {

    static final Duration WRITE_EVERY = Duration.ofMillis(200);
    static final Duration FRESH = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(Throttle.class.getName());

    @Inject
    private StoredKeys storedKeys;

    @Inject
    private ClusterPermits permits;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final ConcurrentMap<UUID, Counts> keys = new ConcurrentHashMap<>();
    private ScheduledFuture<?> writer;

    /**
     * One key's counts on this instance: the second window as last read plus what was counted
     * since, its day, and what is still to be written.
     */
    private static final class Counts {
        ApiKeyUsage view;
        final DayWindow day = new DayWindow();
        long dayRevision = -1;
        Instant readAt = Instant.MIN;
        Map<Long, Integer> unwritten = new TreeMap<>();
        Instant lastUsed;
        String ip;

        void read(StoredKeys.Usage usage) {
            day.stored(usage.dayChanges());
            dayRevision = Math.max(dayRevision, usage.usage().getDayRevision());
        }
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
                Optional<StoredKeys.Usage> read = storedKeys.usage(key, counts.dayRevision, now);
                if (read.isEmpty()) {
                    keys.remove(key);
                    return Optional.empty();
                }
                counts.view = read.get().usage();
                counts.read(read.get());
                counts.readAt = now;
            }
            if (!permits.take(PermitLedger.API_KEYS, key, now, limits.perSecond())) {
                return Optional.of(counts.view.secondUsedUp(now, limits));
            }
            Throttling throttling = counts.view.record(now, ip, limits, counts.day);
            if (throttling.allowed()) {
                counts.unwritten.merge(now.getEpochSecond(), 1, Integer::sum);
            } else {
                permits.giveBack(PermitLedger.API_KEYS, key, now);
            }
            counts.lastUsed = now;
            counts.ip = ip;
            return Optional.of(throttling);
        }
    }

    /** Drops this instance's counts of a key (deleted or changed); the next request reads them again. */
    public void forget(UUID key) {
        keys.remove(key);
        permits.forget(PermitLedger.API_KEYS, key);
    }

    void writeAll() {
        keys.forEach(this::write);
    }

    private void write(UUID key, Counts counts) {
        Map<Long, Integer> unwritten;
        Instant lastUsed;
        String ip;
        long since;
        synchronized (counts) {
            if (counts.unwritten.isEmpty()) {
                return;
            }
            unwritten = counts.unwritten;
            counts.unwritten = new TreeMap<>();
            lastUsed = counts.lastUsed;
            ip = counts.ip;
            since = counts.dayRevision;
        }
        try {
            Instant now = Instant.now();
            Optional<StoredKeys.Usage> sum = storedKeys.add(key, unwritten, lastUsed, ip, since, now);
            synchronized (counts) {
                if (sum.isEmpty()) {
                    keys.remove(key);
                    return;
                }
                counts.view = sum.get().usage();
                counts.view.absorb(counts.unwritten, null, null);
                counts.read(sum.get());
                counts.day.written(unwritten);
                counts.readAt = now;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not write the request counts of key " + key + "; will retry");
            synchronized (counts) {
                unwritten.forEach((second, requests) -> counts.unwritten.merge(second, requests, Integer::sum));
            }
        }
    }
}
