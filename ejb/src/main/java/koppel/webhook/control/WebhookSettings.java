package koppel.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code koppel.webhooks.*} settings, read once, with the parts built from them that every
 * delivery shares: the HTTP client, the target guard and the retry schedule.
 */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "koppel.webhooks.retry-schedule")
    String retrySchedule;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.timeout")
    String timeout;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.connect-timeout")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.allowed-private-targets")
    Optional<String> allowedPrivateTargets;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.require-https")
    boolean requireHttps;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.retention")
    String retention;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.failing-period")
    String failingPeriod;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.failing-warning")
    String failingWarning;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.poll-interval")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.health.max-due-age")
    String maxDueAge;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.batch")
    int batch;

    @Inject
    @ConfigProperty(name = "koppel.webhooks.fan-out-gap")
    String fanOutGap;

    @Inject
    @ConfigProperty(name = "koppel.api.base-url")
    Optional<String> baseUrl;

    @Resource
    private ManagedThreadFactory threads;

    private RetrySchedule schedule;
    private TargetGuard guard;
    private Poster poster;

    /**
     * The poster's threads: as many as posts are under way at once (at most the consumers' sessions
     * times {@link #batch()}), kept for a minute after their last post.
     */
    private ExecutorService senders;

    @PostConstruct
    void build() {
        schedule = RetrySchedule.parse(retrySchedule);
        guard = new TargetGuard(allowedPrivateTargets.orElse(""), requireHttps);
        senders = Executors.newCachedThreadPool(threads);
        poster = new Poster(RetrySchedule.duration(connectTimeout), timeout(), senders);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    public TargetGuard guard() {
        return guard;
    }

    public Poster poster() {
        return poster;
    }

    /** The longest one attempt may take, answer included. */
    public Duration timeout() {
        return RetrySchedule.duration(timeout);
    }

    /** How long a claim on a delivery lasts: an attempt's timeout and 30 s to record it. */
    public Duration claimLength() {
        return timeout().plusSeconds(30);
    }

    public Duration retention() {
        return RetrySchedule.duration(retention);
    }

    /** How long an endpoint may fail without one success before it is disabled. */
    public Duration failingPeriod() {
        return RetrySchedule.duration(failingPeriod);
    }

    /** How long before an endpoint is disabled its integration is warned. */
    public Duration failingWarning() {
        return RetrySchedule.duration(failingWarning);
    }

    /**
     * The most deliveries one sender claims, posts at once and records in one transaction each
     * (the deliveries of one message, or the first ones of a fan-out); at least one.
     */
    public int batch() {
        return Math.max(1, batch);
    }

    /**
     * The least time between the starts of two fan-outs on an instance: under load, the events
     * committed in that time share one round, its messages and the consumers' transactions.
     */
    public Duration fanOutGap() {
        return RetrySchedule.duration(fanOutGap);
    }

    public Duration pollInterval() {
        return RetrySchedule.duration(pollInterval);
    }

    /** Beyond this wait of the oldest due delivery, the health check turns DOWN. */
    public Duration maxDueAge() {
        return RetrySchedule.duration(maxDueAge);
    }

    /** The API's public base URL without a trailing slash; empty when it is not set. */
    public Optional<String> baseUrl() {
        return baseUrl.map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
