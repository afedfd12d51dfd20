package si.utility.portal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/**
 * "Ogled kot stranka": a staff member looks at one customer's pages, read-only, in their own staff session. The
 * staff feature starts, ends and guards it; the account feature's log-in and {@code SignedInCustomer} only ask
 * this, so no other customer code knows that a view exists.
 */
public interface CustomerView {

    /** Whether this session is in a view, so that customer pages authenticate it as its staff member (no database). */
    boolean isViewing(HttpServletRequest request);

    /**
     * The viewed customer account, while this request is on a customer page and authenticated as the viewing staff
     * member (whose account was read again for it); empty otherwise, the back office and the API included.
     */
    OptionalLong viewedAccount(HttpServletRequest request);
}
