package koppel.admin.settings.integrations;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import koppel.admin.faces.Messages;
import koppel.external.ConfigField;
import koppel.external.InvalidConfigurationException;

/**
 * The configuration fields of an authorization or a source type as the pages draw them, the way
 * the links page draws a provider's: the input each takes, its label in the page's language, and
 * each field's problem said next to it.
 */
final class ConfigInputs {

    private ConfigInputs() {}

    /** Which input the page draws for a field: a menu of options, a secret, or text. */
    static String inputOf(ConfigField field) {
        if (field.isChoice()) {
            return "choice";
        }
        return field.isSecret() ? "secret" : "value";
    }

    /** The field's label in the page's language where the bundle has one, else its own. */
    static String label(ConfigField field) {
        return Messages.translated("sourceField." + field.name(), field.label());
    }

    /** What an empty field stands for: a stored secret (kept when left blank), or the field's default. */
    static String placeholder(ConfigField field, boolean secretStored) {
        if (field.isSecret()) {
            return secretStored ? Messages.text("links.secretStored") : "";
        }
        return field.defaultValue() == null ? "" : field.defaultValue();
    }

    /**
     * Says each broken field's problem next to it; {@code prefix} is the client id of the repeat
     * that draws the fields, e.g. {@code source:fields}.
     */
    static void showProblems(InvalidConfigurationException e, List<ConfigField> fields, String prefix) {
        for (int i = 0; i < fields.size(); i++) {
            ConfigField field = fields.get(i);
            ConfigField.Problem problem = e.getProblems().get(field.name());
            if (problem != null) {
                Messages.add(
                        prefix + ":" + i + ":" + inputOf(field),
                        FacesMessage.SEVERITY_ERROR,
                        problem == ConfigField.Problem.TOO_LONG
                                ? Messages.text("error.config.TOO_LONG", field.maxLength())
                                : Messages.text("error.config." + problem.name()));
            }
        }
    }
}
