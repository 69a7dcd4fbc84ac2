package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import koppel.it.ticketing.GenericStub;
import koppel.it.ticketing.Links;
import koppel.it.ticketing.Planning;
import org.junit.jupiter.api.Test;

/**
 * Work that must happen once per interval happens once for the cluster, not once per node: the
 * scheduled pull of a ticketing link's sales, every 2 s here (scale/lib.sh), is made by one node
 * at a time: six pulls after a first one take six intervals (less however late the first one
 * was delivered, by at most about an interval on a loaded machine), where both nodes pulling would
 * make them in about three.
 */
class CrossNodeTurnsIT {

    private static final Duration PULL_INTERVAL = Duration.ofSeconds(2);
    private static final int PULLS = 6;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void aLinkIsPulledOncePerIntervalByTheWholeCluster() throws InterruptedException {
        GenericStub stub = new GenericStub();
        stub.acceptsEvents("evt-scale");
        Planning planning = new Planning();
        Links.create("generic", stub.configuration(), List.of(planning.team));
        String group = planning.sessionGroup("Scale day", true);
        planning.awaitTicketing(group, t -> "evt-scale".equals(t.getString("remote_id", null)));

        int first = awaitPulls(stub, 1);
        long start = System.nanoTime();
        awaitPulls(stub, first + PULLS);
        Duration pulls = Duration.ofNanos(System.nanoTime() - start);

        assertThat(pulls)
                .as("%s scheduled pulls after one", PULLS)
                .isGreaterThan(PULL_INTERVAL.multipliedBy(PULLS * 3L).dividedBy(4));
    }

    /** Waits until the stand-in has answered at least this many pulls; how many it has answered. */
    private static int awaitPulls(GenericStub stub, int count) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int pulls = pulls(stub);
        while (pulls < count) {
            assertThat(System.nanoTime())
                    .as("%s pulls within %s", count, DEADLINE)
                    .isLessThan(deadline);
            Thread.sleep(100);
            pulls = pulls(stub);
        }
        return pulls;
    }

    private static int pulls(GenericStub stub) {
        return stub.received("GET", "/events/evt-scale").size();
    }
}
