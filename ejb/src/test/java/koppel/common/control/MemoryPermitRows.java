package koppel.common.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Permit rows as {@link PermitRows} keeps them, in memory, for the tests of what takes permits: one
 * row per ledger and key (shared by the instances a test stands up), and which seconds were asked
 * for.
 */
public class MemoryPermitRows extends PermitRows {

    /** One row: its latest second and the permits taken in it. */
    private static final class Row {
        long second = Long.MIN_VALUE;
        int taken;
    }

    private final Map<String, Row> rows = new HashMap<>();
    final List<Long> asked = new ArrayList<>();

    @Override
    public synchronized int take(PermitLedger ledger, UUID key, long second, int wanted, int limit) {
        asked.add(second);
        Row row = rows.computeIfAbsent(ledger + "/" + key, k -> new Row());
        if (row.second < second) {
            row.second = second;
            row.taken = 0;
        }
        int granted = Math.max(0, Math.min(wanted, limit - row.taken));
        row.taken += granted;
        return granted;
    }

    synchronized int taken(PermitLedger ledger, UUID key) {
        return rows.get(ledger + "/" + key).taken;
    }
}
