package koppel.source.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.UpdateType;

/**
 * What one run of an integration works from, read when it claimed the integration: its team, and
 * per data type that is activated and taken, the mapping, the update types and how far pulls came.
 */
public record SyncJob(UUID integration, UUID team, List<Transfer> transfers) {

    public SyncJob {
        transfers = List.copyOf(transfers);
    }

    /** One data type of the run. */
    public record Transfer(
            String dataType,
            List<FieldAssignment> mapping,
            Set<UpdateType> updateTypes,
            Optional<Instant> pulledUntil,
            boolean initialDone) {

        public Transfer {
            mapping = List.copyOf(mapping);
            updateTypes = Set.copyOf(updateTypes);
        }

        boolean takes(UpdateType type) {
            return updateTypes.contains(type);
        }

        FieldAssignment primaryKey() {
            return mapping.stream()
                    .filter(FieldAssignment::primaryKey)
                    .findFirst()
                    .orElseThrow();
        }

        /** The third party's fields a pull reads: those whose values come to Koppel, the key's included. */
        Set<String> remoteFieldsToKoppel() {
            return mapping.stream()
                    .filter(assignment -> assignment.direction().toKoppel())
                    .map(FieldAssignment::remoteField)
                    .collect(Collectors.toSet());
        }
    }
}
