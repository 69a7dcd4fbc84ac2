package koppel.admin.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.common.NameTakenException;

/**
 * Messages for people, in the language of the page: growl notes for results, and messages next to
 * the field a broken rule concerns.
 */
public final class Messages {

    private Messages() {}

    /** The text under {@code key} in the page's language, with {@code arguments} filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = bundle.getString(key);
        // Only texts with arguments go through MessageFormat, where a straight apostrophe quotes.
        return arguments.length == 0
                ? text
                : new MessageFormat(text, faces.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a broken business rule next to its field (the client id the page gives that field's
     * message), or as a growl error when the rule concerns no field on the page. The text is the
     * bundle's {@code error.<field>} where there is one ({@code error.name.taken} for a name already
     * used), else the rule's own words.
     */
    public static void show(BusinessException broken, Map<String, String> clientIdsByField) {
        if (broken instanceof InvalidFieldsException invalid) {
            invalid.getErrors()
                    .forEach((field, messages) -> add(
                            clientIdsByField.get(field),
                            FacesMessage.SEVERITY_ERROR,
                            translated("error." + field, words(messages))));
            return;
        }
        String field = broken.getField();
        String key = broken instanceof NameTakenException ? "error.name.taken" : "error." + field;
        String text = field == null ? broken.getMessage() : translated(key, broken.getMessage());
        add(field == null ? null : clientIdsByField.get(field), FacesMessage.SEVERITY_ERROR, text);
    }

    /** A field's messages as one text: a list's items one after the other, not in brackets. */
    private static String words(Object messages) {
        return messages instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(messages);
    }

    /** A message next to the component with this client id (the page's growl when null). */
    public static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }

    /** The text under {@code key} in the page's language, or {@code fallback} where the bundle has none. */
    public static String translated(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
