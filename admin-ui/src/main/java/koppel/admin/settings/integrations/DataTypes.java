package koppel.admin.settings.integrations;

import koppel.admin.faces.Messages;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.entity.SourceConfiguration;
import koppel.source.type.DataType;

/** A data type's name as the pages show it: in the page's language where the bundle has it, else the type's own label. */
final class DataTypes {

    private DataTypes() {}

    static String label(SourceConfigurations configurations, SourceConfiguration configuration, String dataType) {
        String own = configurations.types().stream()
                .filter(type -> type.id().equals(configuration.getSourceType()))
                .findFirst()
                .flatMap(type -> type.dataType(dataType))
                .map(DataType::label)
                .orElse(dataType);
        return Messages.translated("dataType." + dataType, own);
    }
}
