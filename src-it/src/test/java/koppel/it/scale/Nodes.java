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
        return Arrays.stream(Settings.require("koppel.scale.nodes").split(","))
                .map(String::strip)
                .toList();
    }

    /** The absolute URL of an API path on one node. */
    static String api(String node, String path) {
        return node + "/api/v1" + path;
    }
}
