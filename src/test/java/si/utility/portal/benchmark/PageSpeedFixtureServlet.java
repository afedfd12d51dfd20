package si.utility.portal.benchmark;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page-speed benchmark's fixtures (its deployment only): {@code POST /test-fixtures/page-speed/demo-account}
 * and {@code .../large-account} make its customers; {@code GET .../session-size}, called with a customer's session
 * cookie, answers the bytes of that session serialized as a server replicates it (Java serialization of every
 * attribute), then each attribute's share; -1 and the class that is not serializable, if one is not.
 */
@WebServlet("/test-fixtures/page-speed/*")
public class PageSpeedFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PageSpeedData data;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String password = request.getParameter("password");
        PageSpeedData.Customer customer;
        switch (String.valueOf(request.getPathInfo())) {
            case "/demo-account" -> customer = data.demoAccount(request.getParameter("payerCode"), password);
            case "/large-account" -> customer = data.largeAccount(password);
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        answer(response, String.join(";", customer.payerCode(), customer.pointCode(), customer.invoiceNumber()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (!"/session-size".equals(request.getPathInfo()) || session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Integer> sizes = new TreeMap<>();
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                sizes.put(name, serializedSize(Map.of(name, session.getAttribute(name))));
            }
            StringBuilder answer = new StringBuilder();
            answer.append(serializedSize(sessionAttributes(session))).append('\n');
            sizes.forEach((name, size) -> answer.append(size).append(' ').append(name).append('\n'));
            answer(response, answer.toString());
        } catch (NotSerializableException e) {
            answer(response, "-1\nnot serializable: " + e.getMessage() + " (after " + sizes.keySet() + ")\n");
        }
    }

    private static Map<String, Object> sessionAttributes(HttpSession session) {
        Map<String, Object> attributes = new TreeMap<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            attributes.put(name, session.getAttribute(name));
        }
        return attributes;
    }

    private static int serializedSize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }

    private static void answer(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
