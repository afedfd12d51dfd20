package si.utility.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs a customer in through the real login form over HTTP, as a browser does without scripts (plus the
 * PrimeFaces CSP nonce its script would add): GET the page, post its hidden fields with the credentials, and keep
 * the session cookie the portal gives after the login (the id changes at login).
 */
final class FormLogin {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The session's cookies: Payara adds JSESSIONIDVERSION to a distributable session and needs both. */
    private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID|JSESSIONIDVERSION)=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    FormLogin(URI base) {
        this.base = base;
    }

    /** @return the {@code Cookie} header of the signed-in session */
    String logIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("account/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> cookies = new LinkedHashMap<>();
        keepSessionCookies(page, cookies);
        String form = page.body().substring(page.body().indexOf("<form id=\"login\""));
        form = form.substring(0, form.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(attribute(NAME, hidden.group()), attribute(VALUE, hidden.group()));
        }
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("login:username", login);
        fields.put("login:password", password);
        fields.put("login:submit", "submit");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("account/login"))
                .header("Cookie", header(cookies))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("log-in of " + login + " refused: HTTP " + answer.statusCode());
        }
        keepSessionCookies(answer, cookies);
        return header(cookies);
    }

    private static void keepSessionCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            Matcher cookie = SESSION_COOKIE.matcher(setCookie);
            if (cookie.find()) {
                cookies.put(cookie.group(1), cookie.group(2));
            }
        }
        if (!cookies.containsKey("JSESSIONID")) {
            throw new IllegalStateException("no session cookie from " + response.uri());
        }
    }

    private static String header(Map<String, String> cookies) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private static String attribute(Pattern pattern, String input) {
        Matcher matcher = pattern.matcher(input);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : "";
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
