package koppel.ticketing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import koppel.external.ExternalHttp;
import koppel.webhook.control.RetrySchedule;
import koppel.webhook.control.WebhookSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code koppel.ticketing.*} settings, read once. Durations are written as for webhooks (5s, 30m). */
@ApplicationScoped
public class TicketingSettings {

    @Inject
    @ConfigProperty(name = "koppel.ticketing.timeout")
    String timeout;

    @Inject
    @ConfigProperty(name = "koppel.ticketing.connect-timeout")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "koppel.ticketing.retry-schedule")
    String retrySchedule;

    @Inject
    @ConfigProperty(name = "koppel.ticketing.pull-interval")
    String pullInterval;

    @Inject
    @ConfigProperty(name = "koppel.ticketing.poll-interval")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "koppel.ticketing.retention")
    String retention;

    @Inject
    private WebhookSettings webhooks;

    private RetrySchedule schedule;
    private ExternalHttp http;

    @PostConstruct
    void build() {
        schedule = RetrySchedule.parse(retrySchedule);
        http = new ExternalHttp(timeout(), connectTimeout(), webhooks.guard());
    }

    /** How ticketing systems are called: with these timeouts, and never at internal addresses. */
    public ExternalHttp http() {
        return http;
    }

    /** The longest one exchange may take, answer included. */
    public Duration timeout() {
        return RetrySchedule.duration(timeout);
    }

    public Duration connectTimeout() {
        return RetrySchedule.duration(connectTimeout);
    }

    /**
     * When a push that failed this many times in a row goes again: the schedule's delays, then its
     * last delay for ever (a push is the state a session group should have; it is never given up).
     */
    public Instant retryAt(int failures, Instant now) {
        return schedule.next(failures, now)
                .orElseGet(
                        () -> now.plus(schedule.delays().get(schedule.delays().size() - 1)));
    }

    /** How long a push may be claimed: a few exchanges and the time to record them. */
    public Duration claimLength() {
        return timeout().multipliedBy(4).plusSeconds(30);
    }

    /** How often each link pulls sales. */
    public Duration pullInterval() {
        return RetrySchedule.duration(pullInterval);
    }

    /** How often due pushes are looked for (retries, and pushes whose message a crash took). */
    public Duration pollInterval() {
        return RetrySchedule.duration(pollInterval);
    }

    /** How long the runs of a link are kept. */
    public Duration retention() {
        return RetrySchedule.duration(retention);
    }
}
