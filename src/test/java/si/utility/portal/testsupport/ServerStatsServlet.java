package si.utility.portal.testsupport;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server holds, for tests that check a request costs it nothing (test deployment only):
 * {@code GET /test-fixtures/server/sessions-created} counts the HTTP sessions made since the start,
 * {@code GET /test-fixtures/server/heap} the bytes of heap in use after a garbage collection (a figure to report,
 * not to assert: the collector decides), {@code GET /test-fixtures/server/session-size} the caller's session as the
 * data grid stores it, its attributes in one serialized stream: {@code total=<bytes>;<name>=<bytes>;...} (the bytes
 * each attribute added), or
 * {@code <name>=not serializable: <error>} (a session that would not survive its node), and
 * {@code GET /test-fixtures/server/threads} the stacks of the threads in a request, portal or Derby code, with the
 * lock each waits for and its owner (printed when a browser test fails: a request that never answers shows where
 * it waits).
 */
@WebServlet("/test-fixtures/server/*")
public class ServerStatsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final AtomicLong SESSIONS_CREATED = new AtomicLong();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        switch (String.valueOf(request.getPathInfo())) {
            case "/sessions-created" -> answer = String.valueOf(SESSIONS_CREATED.get());
            case "/session-size" -> answer = sessionSize(request.getSession(false));
            case "/threads" -> answer = threadsInARequestOrPortalCode();
            case "/heap" -> {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                answer = String.valueOf(runtime.totalMemory() - runtime.freeMemory());
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    private static String threadsInARequestOrPortalCode() {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            List<StackTraceElement> stack = List.of(thread.getStackTrace());
            // Also a request waiting before it reaches the portal's code (the session, the data grid).
            if (stack.stream().noneMatch(frame -> frame.getClassName().startsWith("si.utility.portal")
                    || frame.getClassName().startsWith("org.apache.derby")
                    || frame.getClassName().startsWith("org.apache.catalina"))) {
                continue;
            }
            dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
            if (thread.getLockName() != null) {
                dump.append(" on ").append(thread.getLockName());
            }
            if (thread.getLockOwnerName() != null) {
                dump.append(" owned by ").append(thread.getLockOwnerName());
            }
            dump.append('\n');
            stack.forEach(frame -> dump.append("    at ").append(frame).append('\n'));
        }
        return dump.length() == 0 ? "no thread in a request, portal or Derby code" : dump.toString();
    }

    private static String sessionSize(HttpSession session) {
        if (session == null) {
            return "no session";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringJoiner sizes = new StringJoiner(";");
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                int before = bytes.size();
                out.writeObject(name);
                try {
                    out.writeObject(session.getAttribute(name));
                } catch (IOException e) {
                    return name + "=not serializable: " + e;
                }
                out.flush();
                sizes.add(name + "=" + (bytes.size() - before));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "total=" + bytes.size() + ";" + sizes;
    }

    @WebListener
    public static class SessionCounter implements HttpSessionListener {

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            SESSIONS_CREATED.incrementAndGet();
        }
    }
}
