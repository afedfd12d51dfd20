package si.utility.portal.staff.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;

/**
 * What the back office's pages with an {@code ?id=} share: the raw parameter read in the view action (a
 * {@code f:viewParam} that fails to convert would skip the action and show an empty page), and a 404 for an id
 * that names nothing, as for any unknown URL.
 */
final class StaffPages {

    /** Longer than any id the portal makes (numbers, batch ids of at most 100 characters). */
    private static final int MAX_ID_LENGTH = 100;

    private StaffPages() {
    }

    static Optional<String> parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() || value.length() > MAX_ID_LENGTH ? Optional.empty()
                : Optional.of(value);
    }

    static Optional<Long> numberParameter(String name) {
        return parameter(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** A page number as the lists take it: anything that is not one is the first page. */
    static int pageParameter() {
        return parameter("page").filter(value -> value.matches("\\d{1,6}")).map(Integer::valueOf).orElse(1);
    }

    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }
}
