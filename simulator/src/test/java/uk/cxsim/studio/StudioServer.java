package uk.cxsim.studio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import uk.cxsim.TestScenarios;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.TargetFile;

/** A studio on a loopback address for tests, over a copy of the small test scenario, and a client for its API. */
final class StudioServer implements AutoCloseable {
    final Path scenarios;
    final Path outputs;
    final Studio studio;
    final String root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StudioServer(Path dir, String host) throws IOException {
        scenarios = Files.createDirectories(dir.resolve("scenarios"));
        outputs = dir.resolve("outputs");
        Files.copy(TestScenarios.SMALL, scenarios.resolve("small.yaml"));
        studio = Studio.start(new Studio.Settings(host, 0, scenarios, List.of(), outputs, 4000, 2, 2,
                TargetFile.loadDefault(), true, line -> { }));
        root = "http://" + host + ":" + studio.port();
    }

    String base() {
        return scenarios.resolve("small.yaml").toString();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a job until it is done or failed (at most two minutes). */
    Map<String, Object> awaitJob(String id) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            Map<String, Object> job = Json.read(get("/api/jobs/" + id).body());
            if (job.get("status").equals("done") || job.get("status").equals("failed")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not finish in two minutes");
    }

    @Override
    public void close() {
        studio.close();
    }
}
