package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.Direction;
import koppel.source.entity.FieldAssignment;
import koppel.source.entity.SourceConfiguration;
import koppel.source.type.DataType;
import koppel.source.type.SourceType;
import org.primefaces.PrimeFaces;

/**
 * Backs "Data transfer" on {@code source.xhtml}: "Add" offers the type's data types, each added one
 * shows Disabled until activated, and its gear menu opens the "Field mapping" dialog (the third
 * party's primary key first, then the other fields, saved with "Add"), activates it (refused,
 * saying why, while the mapping is not valid), deactivates or removes it.
 */
@Named
@ViewScoped
public class DataTransfersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SourceConfigurations configurations;

    @Inject
    private SourceBacking page;

    private boolean adding;
    private String newDataType;
    /** Why the last activation was refused, in the facade's words. */
    private List<String> problems = List.of();

    /** The data type in the mapping dialog and its lines, the primary key's first. */
    private String mapped;

    private MappingRow key = new MappingRow();
    private final List<MappingRow> rows = new ArrayList<>();
    private List<String> mappingProblems = List.of();

    public void startAdding() {
        adding = true;
        newDataType = null;
    }

    public void add() {
        try {
            page.show(configurations.addDataType(id(), newDataType));
            Messages.info("transfers.added", label(newDataType));
            adding = false;
        } catch (BusinessException e) {
            Messages.show(e, Map.of("data_type", "transfers:dataType"));
        }
    }

    public void activate(DataTransfer transfer) {
        problems = List.of();
        try {
            page.show(configurations.activate(id(), transfer.getDataType()));
            Messages.info("transfers.activatedNote", label(transfer.getDataType()));
        } catch (InvalidFieldsException e) {
            problems = messages(e);
            Messages.error("transfers.refused", label(transfer.getDataType()));
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    public void deactivate(DataTransfer transfer) {
        problems = List.of();
        try {
            page.show(configurations.deactivate(id(), transfer.getDataType()));
            Messages.info("transfers.deactivatedNote", label(transfer.getDataType()));
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    public void remove(DataTransfer transfer) {
        problems = List.of();
        try {
            page.show(configurations.removeDataType(id(), transfer.getDataType()));
            Messages.info("transfers.removed", label(transfer.getDataType()));
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    public String removeQuestion(DataTransfer transfer) {
        return Messages.text("transfers.removeConfirm", label(transfer.getDataType()));
    }

    /** Opens "Field mapping" with the data type's mapping: the primary key's line first, ticked. */
    public void openMapping(DataTransfer transfer) {
        mapped = transfer.getDataType();
        mappingProblems = List.of();
        rows.clear();
        key = null;
        for (FieldAssignment assignment : transfer.getMapping()) {
            if (assignment.primaryKey() && key == null) {
                key = new MappingRow(assignment);
            } else {
                rows.add(new MappingRow(assignment));
            }
        }
        if (key == null) {
            key = new MappingRow();
            key.setPrimaryKey(true);
            key.setRemoteField(
                    getRemoteKeys().isEmpty() ? null : getRemoteKeys().get(0));
        }
        if (rows.isEmpty()) {
            rows.add(new MappingRow());
        }
        PrimeFaces.current().ajax().update("mappingDialog");
        PrimeFaces.current().executeScript("PF('mapping').show()");
    }

    public void addRow() {
        rows.add(new MappingRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Saves the mapping ("Add"); the data type is disabled until activated again. */
    public void saveMapping() {
        List<FieldAssignment> mapping = new ArrayList<>();
        mapping.add(key.assignment());
        rows.stream()
                .filter(row -> row.getRemoteField() != null || row.getKoppelField() != null)
                .map(MappingRow::assignment)
                .forEach(mapping::add);
        try {
            page.show(configurations.map(id(), mapped, mapping));
            mappingProblems = List.of();
            problems = List.of();
            Messages.info("mapping.saved", label(mapped));
            PrimeFaces.current().executeScript("PF('mapping').hide()");
        } catch (InvalidFieldsException e) {
            mappingProblems = messages(e);
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    /** Every message of a refusal, one a line. */
    private static List<String> messages(InvalidFieldsException e) {
        List<String> all = new ArrayList<>();
        e.getErrors().values().forEach(value -> {
            if (value instanceof List<?> list) {
                list.forEach(item -> all.add(String.valueOf(item)));
            } else {
                all.add(String.valueOf(value));
            }
        });
        return all;
    }

    private UUID id() {
        return page.getConfiguration().getId();
    }

    public List<DataTransfer> getTransfers() {
        SourceConfiguration configuration = page.getConfiguration();
        return configuration == null ? List.of() : configuration.getDataTypes();
    }

    /** The data types the type transfers that the configuration does not yet. */
    public List<DataType> getAddable() {
        return page.getType().map(SourceType::dataTypes).orElse(List.of()).stream()
                .filter(type -> page.getConfiguration().dataType(type.id()).isEmpty())
                .toList();
    }

    public String label(String dataType) {
        return DataTypes.label(configurations, page.getConfiguration(), dataType);
    }

    public String status(DataTransfer transfer) {
        return Messages.text(transfer.isActivated() ? "transfers.activated" : "transfers.disabled");
    }

    private Optional<DataType> mappedType() {
        return page.getType().flatMap(type -> type.dataType(mapped == null ? "" : mapped));
    }

    public List<String> getRemoteKeys() {
        return mappedType().map(DataType::remoteKeys).orElse(List.of());
    }

    public List<DataType.RemoteField> getRemoteFields() {
        return mappedType().map(DataType::remoteFields).orElse(List.of());
    }

    public List<String> getClientFields() {
        return configurations.clientFields();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public String directionLabel(Direction direction) {
        return Messages.text("direction." + direction.name());
    }

    public boolean isAdding() {
        return adding;
    }

    public String getNewDataType() {
        return newDataType;
    }

    public void setNewDataType(String newDataType) {
        this.newDataType = newDataType;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getMapped() {
        return mapped == null ? "" : label(mapped);
    }

    public MappingRow getKey() {
        return key;
    }

    public List<MappingRow> getRows() {
        return rows;
    }

    public List<String> getMappingProblems() {
        return mappingProblems;
    }
}
