package si.utility.portal.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.ObjectOutputStream;
import java.util.Collections;
import si.utility.portal.account.domain.PortalAccount;
import si.utility.portal.testsupport.TestData.NewPayer;
import si.utility.portal.staff.domain.StaffRole;

/**
 * Test data for browser tests, which run outside the server and cannot inject {@link TestData}. Exists only
 * in the test deployment ({@link Deployments}); the portal itself has no such door.
 * <ul>
 * <li>{@code POST /test-fixtures/payer}: a fresh payer with an invoice</li>
 * <li>{@code POST /test-fixtures/active-account?password=...&consented=true|false}: a fresh payer with an
 * activated account</li>
 * <li>{@code POST /test-fixtures/metered-customer?password=...&months=...}: a consented account with a metered
 * point with monthly readings and a point without meter, answered as
 * {@code payerCode;email;payerId;accountId;pointCode;unmeteredPointCode;meterId}</li>
 * <li>{@code POST /test-fixtures/hot-water-meter?pointCode=...}: a second meter at that point, answered as its
 * id</li>
 * <li>{@code POST /test-fixtures/reading-in-review?meterId=...&value=...&accountId=...}: a portal reading of
 * yesterday waiting for review, answered as its id</li>
 * <li>{@code POST /test-fixtures/staff-member?role=CLERK|ADMIN&password=...}: a staff member who can log in,
 * answered as {@code email;totpSecret;staffId}</li>
 * <li>{@code GET /test-fixtures/account?payerCode=...}: "none", or the status of the payer's account</li>
 * <li>{@code GET /test-fixtures/today}: today's date on the server's clock (ISO)</li>
 * <li>{@code GET /test-fixtures/demo-batch}: the status of the demo batch imported at start (or "none")</li>
 * <li>{@code GET /test-fixtures/view-state-size}: the bytes of the caller's session's saved Faces views
 * (Mojarra's server-side state), serialized; "0" without session</li>
 * </ul>
 * Payers are answered as {@code payerCode;invoiceNumber;name}.
 */
@WebServlet("/test-fixtures/*")
public class TestFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Mojarra keeps the saved views of a session under this attribute (ServerSideStateHelper.LOGICAL_VIEW_MAP). */
    private static final String MOJARRA_VIEW_STATE = "com.sun.faces.logicalViewMap";

    @Inject
    transient TestData testData;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/payer" -> answer(response, format(testData.newPayer()));
            case "/active-account" -> answer(response, format(testData.newActiveAccount(
                    required(request, "password"), Boolean.parseBoolean(request.getParameter("consented")))));
            case "/metered-customer" -> answer(response, format(testData.newMeteredCustomer(
                    required(request, "password"), Integer.parseInt(required(request, "months")))));
            case "/hot-water-meter" -> answer(response,
                    String.valueOf(testData.newHotWaterMeter(required(request, "pointCode"))));
            case "/moved-point" -> answer(response, format(testData.newMovedPoint(required(request, "password"),
                    Boolean.parseBoolean(request.getParameter("movedBack")))));
            case "/reading-in-review" -> answer(response, String.valueOf(testData.newReadingInReview(
                    Long.parseLong(required(request, "meterId")), new BigDecimal(required(request, "value")),
                    Long.parseLong(required(request, "accountId")))));
            case "/staff-member" -> answer(response, format(testData.newStaffMember(
                    StaffRole.valueOf(required(request, "role")), required(request, "password"))));
            case "/given-up-mail" -> answer(response, String.valueOf(testData.newGivenUpMail(
                    required(request, "to"), required(request, "subject"))));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String format(TestData.StaffLogin s) {
        return String.join(";", s.email(), s.secret(), String.valueOf(s.staffId()));
    }

    private static String format(TestData.MeteredCustomer c) {
        return String.join(";", c.payerCode(), c.email(), String.valueOf(c.payerId()), String.valueOf(c.accountId()),
                c.pointCode(), c.unmeteredPointCode(), String.valueOf(c.meterId()));
    }

    private static String format(TestData.MovedPoint m) {
        return String.join(";", m.pointCode(), String.valueOf(m.meterId()), m.moveOut().toString(),
                String.valueOf(m.backOut()), format(m.previous()), format(m.next()));
    }

    private static String format(TestData.Occupant o) {
        return String.join(";", o.payerCode(), o.email(), String.valueOf(o.payerId()), String.valueOf(o.accountId()),
                o.invoiceNumber());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/account" -> answer(response, testData.accountOf(required(request, "payerCode"))
                    .map(PortalAccount::getStatus)
                    .map(Enum::name)
                    .orElse("none"));
            case "/today" -> answer(response, testData.today().toString());
            case "/demo-batch" -> answer(response, testData.demoBatchStatus());
            case "/view-state-size" -> answer(response, String.valueOf(viewStateSize(request.getSession(false))));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static long viewStateSize(HttpSession session) throws IOException {
        if (session == null) {
            return 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (name.startsWith(MOJARRA_VIEW_STATE)) {
                    out.writeObject(session.getAttribute(name));
                }
            }
        }
        return bytes.size();
    }

    private static String format(NewPayer payer) {
        return payer.payerCode() + ";" + payer.invoiceNumber() + ";" + payer.name();
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing parameter " + name);
        }
        return value;
    }

    private static void answer(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
