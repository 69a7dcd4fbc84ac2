package koppel.it.scale;

import java.util.Arrays;
import java.util.List;
import koppel.it.Settings;

/**
 * The two nodes of the scale-out topology, each reachable directly beside the balancer
 * ({@link Settings#baseUrl()}), so that a test can write on one and read on the other.
 */
final class Nodes {

    private Nodes() {}

    /** Each node's root URL, without a trailing slash. */
    static List<String> all() {
        return list("koppel.scale.nodes");
    }

    /** Each node's MicroProfile Health root, in the order of {@link #all()}. */
    static List<String> health() {
        return list("koppel.scale.health");
    }

    private static List<String> list(String setting) {
        return Arrays.stream(Settings.require(setting).split(","))
                .map(String::strip)
                .toList();
    }

    /** The absolute URL of an API path on one node. */
    static String api(String node, String path) {
        return node + "/api/v1" + path;
    }
}
