package si.utility.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import si.utility.portal.platform.validation.PlainText;

/**
 * A default validator: Faces runs it on every input of every form (text fields, text areas, passwords, hidden
 * fields), so no text with control characters reaches a service or the database, and each refusal shows next to
 * its field. Values that are not text (numbers, dates, choices) passed their converter already.
 */
@FacesValidator(value = PlainTextValidator.ID, isDefault = true)
public class PlainTextValidator implements Validator<Object> {

    public static final String ID = "portal.PlainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof CharSequence text && PlainText.hasControlCharacters(text)) {
            String message = FormMessages.text(PlainText.MESSAGE_KEY);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
