package koppel.source.type;

import java.util.List;
import java.util.Optional;

/** One page of what a pull reads, and where the next one is (none after the last). */
public record RemotePage(List<RemoteRecord> records, Optional<String> next) {

    public RemotePage {
        records = List.copyOf(records);
    }
}
