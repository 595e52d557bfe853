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
        List<Double> waits = new ArrayList<>();
        for (int k = 1; k <= times; k++) {
            Answer a = ask(studio, base, set, "bench-" + k, null);
            waits.add(a.seconds());
            WhatIfSummary summary = a.job().summary();
            out.printf(Locale.UK, "what-if %d: %.1f s from Run to result (%s %.1f s, tables, charts and "
                    + "report %.1f s)%n",
                    k, a.seconds(), summary.baseKept() ? "what-if runs, base kept," : "base and what-if runs",
                    summary.runSeconds(), summary.filesSeconds());
            out.flush();
        }
        List<Double> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        out.printf(Locale.UK, "median %.1f s over %d what-ifs%n", sorted.get(sorted.size() / 2), times);
        out.flush();
        return waits;
    }

    /** A reference what-if: what it is in words and the levers the page would send. */
    public record Reference(String label, Map<String, Object> set) {
    }

    /**
     * The reference what-ifs on the UK baseline: the same lever (agents see each customer's history, carried through
     * transfers) for one supplier (Albion Bank, with the investment {@code scenarios/albion-crm-context.yaml} states),
     * for one sector (Financial Services) and for every supplier.
     */
    public static List<Reference> references() {
        String albion = "sectors.Financial Services.suppliers.Albion Bank.";
        String banks = "sectors.Financial Services.allSuppliers.";
        return List.of(
                new Reference("one supplier (Albion Bank)", Map.of(albion + "crm.context", 1,
                        albion + "crm.followsTransfer", true, albion + "investment.oneOffGbp", 2_500_000,
                        albion + "investment.perYearGbp", 2_200_000)),
                new Reference("one sector (Financial Services)", Map.of(banks + "crm.context", 1,
                        banks + "crm.followsTransfer", true)),
                new Reference("every supplier", Map.of("levers.allSuppliers.crm.context", 1,
                        "levers.allSuppliers.crm.followsTransfer", true)));
    }

    /**
     * One timed answer of a reference what-if.
     *
     * @param firstSeconds on the fresh base, from Run to the first answer (the payer's figures given before the
     *                     base's other sectors have run), or to the answer when there was no first one
     */
    public record Timed(Reference reference, double firstSeconds, double freshSeconds, double keptSeconds,
                        String books, double net, double halfWidth) {
        /** The interval's half width as a share of the net benefit's size. */
        public double halfWidthShare() {
            return halfWidth / Math.abs(net);
        }
    }

    /**
     * Times {@code reference} as a workshop meets it: on a base the studio {@code fresh} has not run (its base runs
     * counted; its first answer timed too), then again on the base it kept; the second answer's interval is read on
     * the payer's books.
     */
    public static Timed time(Studio fresh, Reference reference) throws IOException, InterruptedException {
        return time(fresh, reference, null);
    }

    /** As {@link #time(Studio, Reference)}, at {@code seed} (null: the base's own). */
    public static Timed time(Studio fresh, Reference reference, Long seed) throws IOException, InterruptedException {
        Answer first = ask(fresh, "uk-baseline", reference.set(), "bench-fresh", seed);
        if (first.job().summary().baseKept()) {
            throw new IllegalStateException("the studio had run the base before the first what-if");
        }
        return againOnKept(fresh, reference, first, seed);
    }

    /** Asks {@code reference} again, on the base {@code first} left kept, and times both. */
    private static Timed againOnKept(Studio studio, Reference reference, Answer first, Long seed)
            throws IOException, InterruptedException {
        Answer again = ask(studio, "uk-baseline", reference.set(), "bench-kept", seed);
        if (!again.job().summary().baseKept()) {
            throw new IllegalStateException("the studio did not keep the base between the two what-ifs");
        }
        WhatIfSummary s = again.job().summary();
        double half = (s.netBenefitCi95()[1] - s.netBenefitCi95()[0]) / 2;
        return new Timed(reference, first.firstSeconds(), first.seconds(), again.seconds(), s.books(),
                s.netBenefitGbpPerYear(), half);
    }

    /**
     * Times {@code reference} as the page meets it: the base opened (which starts its runs, sector by sector) and the
     * lever's scope chosen (which puts its {@code sector} first), the what-if asked {@code pauseSeconds} later, as a
     * room takes a moment to choose its lever; then again on the base kept, at {@code seed} (null: the base's own).
     * Only the first answer and the answer's times are read.
     */
    public static Timed timeOpened(Studio fresh, Reference reference, String sector, double pauseSeconds, Long seed)
            throws IOException, InterruptedException {
        // as the page: opening the base starts its runs, choosing the lever's scope puts its sector first
        Map<String, Object> opened = new java.util.LinkedHashMap<>(Map.of("base", "uk-baseline"));
        if (seed != null) {
            opened.put("seed", seed);
        }
        warm(fresh, opened);
        opened.put("focus", sector);
        warm(fresh, opened);
        Thread.sleep(Math.round(pauseSeconds * 1000));
        return againOnKept(fresh, reference, ask(fresh, "uk-baseline", reference.set(), "bench-opened", seed), seed);
    }

    private static void warm(Studio studio, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> warmed = post(HttpClient.newHttpClient(), studio, "/api/warm", body);
        if (warmed.statusCode() != 202) {
            throw new IllegalStateException("the studio did not open the base: " + warmed.body());
        }
    }

    /**
     * The same lever for one supplier of the UK baseline's last sector (HomeCare Plus, Home Services), the sector a
     * base opened runs last unless the room's scope puts it first.
     */
    public static Reference lastSector() {
        String homeCare = "sectors.Home Services.suppliers.HomeCare Plus.";
        return new Reference("one supplier of the last sector (HomeCare Plus)", Map.of(homeCare + "crm.context", 1,
                homeCare + "crm.followsTransfer", true));
    }

    /** Posts {@code body} as JSON to the studio's {@code path}, with its token. */
    private static HttpResponse<String> post(HttpClient client, Studio studio, String path, Object body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + studio.token())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A what-if's answer, the time to it and the time to its first answer (the answer's when none came first). */
    private record Answer(StudioJob job, double seconds, double firstSeconds) {
    }

    /** Posts one what-if and waits for its answer; the time runs from the request to the answer. */
    private static Answer ask(Studio studio, String base, Map<String, Object> set, String name, Long seed)
            throws IOException, InterruptedException {
        Map<String, Object> request = new java.util.LinkedHashMap<>(Map.of("base", base, "set", set, "name", name));
        if (seed != null) {
            request.put("seed", seed);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String root = "http://127.0.0.1:" + studio.port();
        long start = System.nanoTime();
        HttpResponse<String> posted = post(client, studio, "/api/compare", request);
        if (posted.statusCode() != 202) {
            throw new IllegalStateException("the studio refused the what-if: " + posted.body());
        }
        String id = Json.read(posted.body(), StudioJob.class).id();
        StudioJob job;
        double first = Double.NaN;
        do {
            Thread.sleep(50);
            job = Json.read(client.send(HttpRequest.newBuilder(URI.create(root + "/api/jobs/" + id))
                    .header("Authorization", "Bearer " + studio.token()).build(),
                    HttpResponse.BodyHandlers.ofString()).body(), StudioJob.class);
            if (Double.isNaN(first) && job.firstAnswer() != null) {
                first = (System.nanoTime() - start) / 1e9;
            }
        } while (job.status().equals("queued") || job.status().equals("running"));
        if (!job.status().equals("done")) {
            throw new IllegalStateException("the what-if failed: " + job.error());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Answer(job, seconds, Double.isNaN(first) ? seconds : first);
    }
}
