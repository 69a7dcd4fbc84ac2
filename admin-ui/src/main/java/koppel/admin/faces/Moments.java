package koppel.admin.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Shows moments the way every page does: {@code 2026-11-28 14:05 UTC}, the same for everyone. */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The moment, or nothing when there is none. */
    public String format(Optional<Instant> moment) {
        return moment.map(FORMAT::format).orElse("");
    }
}
