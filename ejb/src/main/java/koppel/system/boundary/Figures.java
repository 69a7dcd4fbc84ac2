package koppel.system.boundary;

import java.io.Serializable;

/**
 * The home page's figures: API keys (and how many of them were used in the last 24 hours), links
 * to external systems, and users (the first administrator included).
 */
public record Figures(long apiKeys, long apiKeysUsedRecently, long links, long users) implements Serializable {

    /** Nothing set up yet beyond the first administrator: the home page shows the first steps. */
    public boolean fresh() {
        return apiKeys == 0 && links == 0 && users <= 1;
    }
}
