package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.common.ConflictException;
import koppel.common.NoSuchResourceException;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.SourceAuthorization;
import koppel.source.entity.SourceConfiguration;
import koppel.source.type.SourceType;

/**
 * Backs {@code sources.xhtml}, the integration source configurations (step 0 of setting up an
 * integration): their type, authorization and the data types they transfer, "Create a new
 * integration source", and deleting one no integration is made from.
 */
@Named
@ViewScoped
public class SourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SourceConfigurations configurations;

    private List<SourceConfiguration> all;

    @PostConstruct
    void load() {
        all = configurations.list();
    }

    public void delete(SourceConfiguration configuration) {
        try {
            configurations.delete(configuration.getId());
            Messages.info("sources.deleted", configuration.getName());
        } catch (ConflictException e) {
            Messages.error("sources.inUse", configuration.getName());
        } catch (NoSuchResourceException e) {
            Messages.error("sources.notFound");
        }
        load();
    }

    public String deleteQuestion(SourceConfiguration configuration) {
        return Messages.text("sources.deleteConfirm", configuration.getName());
    }

    /** The source type's name, or its id when Koppel no longer knows it. */
    public String typeName(SourceConfiguration configuration) {
        return configurations.types().stream()
                .filter(type -> type.id().equals(configuration.getSourceType()))
                .map(SourceType::name)
                .findFirst()
                .orElse(configuration.getSourceType());
    }

    public String authorizationName(SourceConfiguration configuration) {
        return configuration
                .getAuthorization()
                .map(SourceAuthorization::getName)
                .orElse("–");
    }

    /** The data types it transfers, each with its status, e.g. "Contacts (Activated)". */
    public String dataTypes(SourceConfiguration configuration) {
        return configuration.getDataTypes().isEmpty()
                ? Messages.text("common.none")
                : configuration.getDataTypes().stream()
                        .map(transfer -> DataTypes.label(configurations, configuration, transfer.getDataType()) + " ("
                                + status(transfer) + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String status(DataTransfer transfer) {
        return Messages.text(transfer.isActivated() ? "transfers.activated" : "transfers.disabled");
    }

    public List<SourceConfiguration> getAll() {
        return all;
    }
}
