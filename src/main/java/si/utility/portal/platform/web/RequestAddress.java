package si.utility.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client address of the request being served, for services that audit an action; null outside a request. */
@ApplicationScoped
public class RequestAddress {

    @Inject
    HttpServletRequest request;

    public String current() {
        try {
            return ClientAddress.of(request);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
