package si.utility.portal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import org.omnifaces.util.Exceptions;
import si.utility.portal.platform.persistence.ChangedMeanwhileException;

/**
 * The one place that turns an optimistic-lock conflict (a {@link ChangedMeanwhileException} or JPA's
 * {@link OptimisticLockException}, however deeply wrapped in EJB, transaction or Faces exceptions) into the
 * message {@code common.changedMeanwhile} on top of the same form, instead of the error page. The form keeps what
 * the customer typed; reloading the page shows the record as it is now.
 */
public class ChangedMeanwhileHandler extends ExceptionHandlerWrapper {

    ChangedMeanwhileHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean conflict = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable exception = events.next().getContext().getException();
            if (Exceptions.is(exception, ChangedMeanwhileException.class)
                    || Exceptions.is(exception, OptimisticLockException.class)) {
                events.remove();
                conflict = true;
            }
        }
        if (conflict) {
            FormMessages.globalError("common.changedMeanwhile");
            FacesContext context = FacesContext.getCurrentInstance();
            if (context.getPartialViewContext().isAjaxRequest()) {
                context.getPartialViewContext().setRenderAll(true);
            }
            context.renderResponse();
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml after OmniFaces' FullAjaxExceptionHandlerFactory, so it sees these first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ChangedMeanwhileHandler(getWrapped().getExceptionHandler());
        }
    }
}
