package si.utility.portal.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.ExceptionSuppressor;
import org.primefaces.csp.CspException;

/**
 * A form post the portal cannot take (its view expired or its view state was forged or left out, or it lacks the
 * page's CSP nonce, as a form not rendered by us does) shows the same page again, fresh, with a message: OmniFaces
 * redirects to the same URL (also for ajax posts) and the layout shows the message {@link ExpiredFormNotice} finds
 * in the session. Not the flash: a missing nonce is found before the flash is ready to keep anything for the next
 * request. Before, such posts showed an error page with HTTP 500.
 */
public class ExpiredFormHandler extends ExceptionSuppressor {


    ExpiredFormHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class, CspException.class);
    }

    @Override
    protected void handleSuppressedException(FacesContext context, Throwable suppressed) {
        ExpiredFormNotice.remember(context);
    }

    /** Registered in faces-config.xml after OmniFaces' FullAjaxExceptionHandlerFactory, so it sees these first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredFormHandler(getWrapped().getExceptionHandler());
        }
    }
}
