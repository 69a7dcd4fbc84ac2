package koppel.common.control;

/**
 * Where the cluster's per-second permits of one kind of thing are counted ({@link PermitRows}): a
 * table with a row per thing, keyed by its id, with the columns {@code permit_second} and
 * {@code permits_taken}. The row exists as long as the thing, so no two instances race to make it.
 */
public enum PermitLedger {

    /** The requests of API keys: {@code api_key_usage}, a row per key. */
    API_KEYS("api_key_usage", "api_key_id"),

    /** The deliveries to webhook endpoints: {@code webhook_rate_permits}, a row per endpoint. */
    WEBHOOK_ENDPOINTS("webhook_rate_permits", "endpoint_id");

    final String table;
    final String key;

    PermitLedger(String table, String key) {
        this.table = table;
        this.key = key;
    }

    /** The statement with this ledger's table and key column in place of its two {@code %s}. */
    String sql(String template) {
        return String.format(template, table, key);
    }
}
