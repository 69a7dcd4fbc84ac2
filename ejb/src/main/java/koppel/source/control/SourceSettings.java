package koppel.source.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import koppel.external.ExternalHttp;
import koppel.webhook.control.RetrySchedule;
import koppel.webhook.control.WebhookSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code koppel.sources.*} settings, read once. Durations are written as for webhooks (5s, 30m). */
@ApplicationScoped
public class SourceSettings {

    @Inject
    @ConfigProperty(name = "koppel.sources.timeout")
    String timeout;

    @Inject
    @ConfigProperty(name = "koppel.sources.connect-timeout")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "koppel.sources.retry-schedule")
    String retrySchedule;

    @Inject
    @ConfigProperty(name = "koppel.sources.pull-interval")
    String pullInterval;

    @Inject
    @ConfigProperty(name = "koppel.sources.poll-interval")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "koppel.sources.failure-limit")
    int failureLimit;

    @Inject
    @ConfigProperty(name = "koppel.sources.rate-limit-pause")
    String rateLimitPause;

    @Inject
    @ConfigProperty(name = "koppel.sources.retention")
    String retention;

    @Inject
    private WebhookSettings webhooks;

    private RetrySchedule schedule;
    private ExternalHttp http;

    @PostConstruct
    void build() {
        schedule = RetrySchedule.parse(retrySchedule);
        http = new ExternalHttp(
                RetrySchedule.duration(timeout), RetrySchedule.duration(connectTimeout), webhooks.guard());
    }

    /** How third-party services are called: with these timeouts, and never at internal addresses. */
    public ExternalHttp http() {
        return http;
    }

    /** When a change that failed this many times in a row goes again: the schedule, then its last delay. */
    public Instant retryAt(int failures, Instant now) {
        return schedule.next(failures, now)
                .orElseGet(
                        () -> now.plus(schedule.delays().get(schedule.delays().size() - 1)));
    }

    /** How long an integration's run may hold it: longer than any run should take. */
    public Duration claimLength() {
        return RetrySchedule.duration(timeout).multipliedBy(20).plusMinutes(5);
    }

    public Duration pullInterval() {
        return RetrySchedule.duration(pullInterval);
    }

    public Duration pollInterval() {
        return RetrySchedule.duration(pollInterval);
    }

    public int failureLimit() {
        return Math.max(1, failureLimit);
    }

    public Duration rateLimitPause() {
        return RetrySchedule.duration(rateLimitPause);
    }

    public Duration retention() {
        return RetrySchedule.duration(retention);
    }
}
