package si.utility.portal.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import si.utility.portal.platform.audit.AuditAction;
import si.utility.portal.platform.audit.AuditLog;
import si.utility.portal.platform.audit.AuditSearch;
import si.utility.portal.staff.security.SignedInStaff;

/**
 * {@value #PATH}: the audit search of the page's URL as a CSV file (RFC 4180, UTF-8, columns
 * {@link AuditSearch#CSV_COLUMNS}); admins only (web.xml), and the export itself is audited.
 */
@WebServlet(AuditExportServlet.PATH)
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/staff/admin/audit.csv";

    @Inject
    transient SignedInStaff staff;

    @Inject
    transient AuditSearch search;

    @Inject
    transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!staff.isAdmin()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AuditParameters parameters = AuditParameters.of(request::getParameter);
        if (!parameters.invalid().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        audit.record(staff.member().actor(), AuditAction.AUDIT_EXPORTED, String.valueOf(parameters.filter()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        search.export(parameters.filter(), out);
    }
}
