package si.utility.portal.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code wrk} (a kept HTTP load tool: {@code apt-get install wrk}) driving one URL with the signed-in
 * sessions of a cookie file, through {@code benchmark/sessions.lua}.
 */
final class Wrk {

    private static final int THREADS = 2;

    private final Path script;
    private final Path cookies;
    private final int connections;

    /** What wrk measured on one URL; latencies in milliseconds. */
    record Result(long requests, double seconds, double p50, double p95, double p99, long errorStatuses,
            long socketErrors) {

        double perSecond() {
            return requests / seconds;
        }
    }

    Wrk(List<String> sessionCookies, int connections) throws IOException {
        this.connections = connections;
        this.script = Files.createTempFile("portal-wrk", ".lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/benchmark/sessions.lua")) {
            Files.write(script, in.readAllBytes());
        }
        this.cookies = Files.createTempFile("portal-wrk", ".cookies");
        Files.write(cookies, sessionCookies, StandardCharsets.US_ASCII);
    }

    Result run(URI url, Duration duration) {
        try {
            Process wrk = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + connections,
                    "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(), url.toString(),
                    "--", cookies.toString()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
            }
            String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no result from wrk on " + url + ":\n" + output));
            String[] f = line.split(" ");
            return new Result(Long.parseLong(f[1]), Long.parseLong(f[2]) / 1e6, Long.parseLong(f[3]) / 1e3,
                    Long.parseLong(f[4]) / 1e3, Long.parseLong(f[5]) / 1e3, Long.parseLong(f[6]),
                    Long.parseLong(f[7]));
        } catch (IOException e) {
            throw new UncheckedIOException("wrk could not run (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
