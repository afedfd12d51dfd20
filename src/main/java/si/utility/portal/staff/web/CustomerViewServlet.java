package si.utility.portal.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import si.utility.portal.staff.security.SignedInStaff;
import si.utility.portal.staff.security.StaffCustomerView;
import si.utility.portal.staff.service.CustomerViews;
import si.utility.portal.staff.service.CustomerViews.Viewed;

/**
 * The customer card's "Ogled kot stranka" button (a POST with the payer's id: into the customer's home page, read
 * only) and the banner's "Končaj ogled" (back to the card). Under /staff, so only a staff session reaches them; a
 * customer's session gets 404 there like everywhere in the back office.
 */
@WebServlet({CustomerViewServlet.START_PATH, CustomerViewServlet.END_PATH})
public class CustomerViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String START_PATH = "/staff/customer-view";
    static final String END_PATH = "/staff/customer-view/end";

    @Inject
    transient SignedInStaff staff;

    @Inject
    transient CustomerViews views;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals(END_PATH)) {
            end(request, response);
        } else {
            start(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String payer = request.getParameter("payer");
        Optional<Viewed> viewed = payer == null || !payer.matches("\\d{1,18}") ? Optional.empty()
                : views.start(staff.member(), Long.parseLong(payer));
        if (viewed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StaffCustomerView.start(request, viewed.get());
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewed> viewed = StaffCustomerView.viewed(request);
        if (viewed.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/staff/customers");
            return;
        }
        views.end(staff.member(), viewed.get());
        StaffCustomerView.end(request);
        response.sendRedirect(request.getContextPath() + StaffCustomerView.endedCardPath(viewed.get()));
    }
}
