package koppel.admin.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' text field, except that a submitted value longer than the field's {@code maxlength}
 * reaches the application as it was sent. PrimeFaces cuts it to {@code maxlength} on the server,
 * which saved a shortened name without a word; the facades refuse it instead, next to the field.
 * The browser still gets {@code maxlength}.
 */
public class UncutInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputText input = (InputText) component;
        if (!shouldDecode(input)) {
            return;
        }
        decodeBehaviors(context, input);
        String submitted = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (submitted != null) {
            input.setSubmittedValue(submitted);
        }
    }
}
