package uk.cxsim.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.output.Json;
import uk.cxsim.results.StudioJob;
import uk.cxsim.results.WhatIfSummary;

/**
 * Times what a workshop waits for: from Run (the POST of a what-if) to its result (the job done, with its charts),
 * through the studio's own HTTP API, several times in a row on one server (the first pays for warming up the JVM).
 */
public final class StudioBench {
    private StudioBench() {
    }

    /** Runs {@code times} what-ifs one after another and prints each wait and the median; returns the waits (s). */
    public static List<Double> run(Studio studio, String base, Map<String, Object> set, int times, PrintWriter out)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String root = "http://127.0.0.1:" + studio.port();
        List<Double> waits = new ArrayList<>();
        for (int k = 1; k <= times; k++) {
            long start = System.nanoTime();
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(root + "/api/compare"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + studio.token())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Json.write(Map.of("base", base, "set", set, "name", "bench-" + k)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 202) {
                throw new IllegalStateException("the studio refused the what-if: " + posted.body());
            }
            String id = Json.read(posted.body(), StudioJob.class).id();
            StudioJob job;
            do {
                Thread.sleep(50);
                job = Json.read(client.send(HttpRequest.newBuilder(URI.create(root + "/api/jobs/" + id))
                        .header("Authorization", "Bearer " + studio.token()).build(),
                        HttpResponse.BodyHandlers.ofString()).body(), StudioJob.class);
            } while (job.status().equals("queued") || job.status().equals("running"));
            if (!job.status().equals("done")) {
                throw new IllegalStateException("the what-if failed: " + job.error());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            waits.add(seconds);
            WhatIfSummary summary = job.summary();
            out.printf(Locale.UK, "what-if %d: %.1f s from Run to result (%s %.1f s, tables, charts and report %.1f s)%n",
                    k, seconds, summary.baseKept() ? "what-if runs, base kept," : "base and what-if runs",
                    summary.runSeconds(), summary.filesSeconds());
            out.flush();
        }
        List<Double> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        out.printf(Locale.UK, "median %.1f s over %d what-ifs%n", sorted.get(sorted.size() / 2), times);
        out.flush();
        return waits;
    }
}
