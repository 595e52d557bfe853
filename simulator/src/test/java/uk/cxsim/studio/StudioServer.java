package uk.cxsim.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.TestScenarios;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.TargetFile;

/**
 * A studio on a loopback address for tests, over a copy of the small test scenario, and clients for its API: one
 * that sends the token as a bearer token, and a raw one over a socket for requests a well-behaved client never
 * sends (another Host, an Origin, an over-long body).
 */
final class StudioServer implements AutoCloseable {
    final Path scenarios;
    final Path outputs;
    final Studio studio;
    final String host;
    final String root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StudioServer(Path dir, String host) throws IOException {
        this(dir, host, Studio.ResponseHook.NONE, Studio.Limits.DEFAULT);
    }

    StudioServer(Path dir, String host, Studio.ResponseHook hook, Studio.Limits limits) throws IOException {
        scenarios = Files.createDirectories(dir.resolve("scenarios"));
        outputs = dir.resolve("outputs");
        if (!Files.exists(scenarios.resolve("small.yaml"))) {
            Files.copy(TestScenarios.SMALL, scenarios.resolve("small.yaml"));
        }
        this.host = host;
        studio = Studio.start(Studio.Settings.of(host, 0, scenarios, outputs, 4000, 2, TargetFile.loadDefault())
                .withThreads(2).withHook(hook).withLimits(limits));
        root = "http://" + host + ":" + studio.port();
    }

    /** The small test scenario's name. */
    String base() {
        return "small";
    }

    /** Where the studio saves what-ifs. */
    Path workspace() {
        return outputs.resolve("studio").resolve("scenarios");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + studio.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, "{}");
    }

    private HttpResponse<String> send(String method, String path, Object body) throws IOException,
            InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + studio.token())
                .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a job until it is finished (at most two minutes). */
    Map<String, Object> awaitJob(String id) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            Map<String, Object> job = Json.read(get("/api/jobs/" + id).body());
            if (!job.get("status").equals("queued") && !job.get("status").equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not finish in two minutes");
    }

    /** A response read off a socket: status, headers (lower-case names) and body. */
    record Raw(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends a request as written (head lines without the final blank line, and a body) over a socket to the studio,
     * and reads the response to the end of the connection.
     */
    Raw raw(String head, byte[] body) throws IOException {
        try (Socket s = new Socket(host, studio.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(s.getInputStream());
        }
    }

    /** The Host header this studio expects. */
    String hostHeader() {
        return host + ":" + studio.port();
    }

    private static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .trim());
        }
        String body = end < 0 ? "" : new String(text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);
        return new Raw(status, headers, body);
    }

    @Override
    public void close() {
        studio.close();
    }

    /**
     * Writes {@code ensembles/small.yaml} into {@code scenarios}: an ensemble of two members for {@code small.yaml},
     * matched at 2,000 customers.
     */
    static Path smallEnsemble(Path scenarios) throws IOException {
        return Files.writeString(Files.createDirectories(scenarios.resolve("ensembles")).resolve("small.yaml"), """
                kind: ensemble
                name: small-ensemble
                scenario: ../small.yaml
                customers: 2000
                members:
                - name: m01
                  set: {people.toleranceMean: 5.5, people.patienceMinutes: 6}
                - name: m02
                  set: {people.toleranceMean: 7, people.patienceMinutes: 9}
                """);
    }
}
