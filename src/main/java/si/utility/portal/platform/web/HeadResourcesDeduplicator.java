package si.utility.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one copy of each resource (library and name) in the view's head before it is rendered. PrimeFaces'
 * HeadRenderer adds its theme, icon font and locale script to the view on every rendering; on a postback the
 * restored view already holds the copies of the previous ones, so each full-page postback of one view added three
 * more to its saved state, and saving and restoring that state made every postback slower than the one before.
 */
public class HeadResourcesDeduplicator implements SystemEventListener {

    private static final String HEAD = "head";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback()) {
            return;
        }
        UIViewRoot root = (UIViewRoot) event.getSource();
        Set<String> seen = new HashSet<>();
        for (UIComponent resource : List.copyOf(root.getComponentResources(context, HEAD))) {
            Object name = resource.getAttributes().get("name");
            if (name != null && !seen.add(resource.getAttributes().get("library") + "/" + name)) {
                root.removeComponentResource(context, resource, HEAD);
            }
        }
    }
}
