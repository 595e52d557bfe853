package uk.cxsim.studio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sun.net.httpserver.HttpExchange;

import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.output.Json;
import uk.cxsim.report.BoardPack;
import uk.cxsim.scenario.KeyCatalog;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.Scenarios;

/**
 * The studio's pages and HTTP API, routed by method and path. GETs only read: the base's runs start on
 * {@code POST /api/warm}. Every scenario is named, never a path (see {@link ScenarioIndex}).
 */
final class StudioApi {
    /** Most event streams open at once (each holds a thread). */
    private static final int MAX_STREAMS = 16;
    /** How long a DELETE waits for its job to stop before answering. */
    private static final long CANCEL_WAIT_MILLIS = 2_000;

    private final Studio.Settings settings;
    private final ScenarioIndex index;
    private final Workspace workspace;
    private final JobQueue jobs;
    private final KeyCatalog catalog = Scenarios.catalog();
    private final AtomicInteger streams = new AtomicInteger();

    StudioApi(Studio.Settings settings, ScenarioIndex index, JobQueue jobs) {
        this.settings = settings;
        this.index = index;
        this.workspace = new Workspace(index);
        this.jobs = jobs;
    }

    void route(HttpExchange ex, String method, List<String> path, Map<String, String> query) throws IOException {
        String first = path.get(0);
        if (path.size() == 1 && (first.isEmpty() || first.equals("index.html"))) {
            allow(method, "GET");
            StaticFiles.sendPage(ex, "index.html");
            return;
        }
        if (first.equals("studio") && path.size() == 2) {
            allow(method, "GET");
            StaticFiles.sendPage(ex, path.get(1));
            return;
        }
        if (!first.equals("api") || path.size() < 2) {
            throw HttpProblem.notFound("no such page");
        }
        String what = path.get(1);
        if (what.equals("jobs")) {
            jobs(ex, method, path.subList(2, path.size()));
            return;
        }
        if (path.size() != 2) {
            throw HttpProblem.notFound("no such API");
        }
        switch (what) {
            case "scenarios" -> {
                allow(method, "GET");
                HttpIo.sendJson(ex, 200, Map.of("scenarios", scenarios(), "workshop", workshop()));
            }
            case "ensembles" -> {
                allow(method, "GET");
                String name = query.getOrDefault("scenario", ScenarioIndex.BASELINE);
                HttpIo.sendJson(ex, 200, Map.of("scenario", name, "ensembles", Ensembles.of(index, index.find(name))
                        .stream().map(Ensembles.Found::offered).toList()));
            }
            case "levers" -> {
                allow(method, "GET");
                String name = query.getOrDefault("scenario", ScenarioIndex.BASELINE);
                HttpIo.sendJson(ex, 200, Levers.describe(name, index.load(name, List.of()), catalog, workshop()));
            }
            case "warm" -> {
                allow(method, "POST");
                CompareRequest r = sized(request(ex), null);
                LoadedScenario base = index.load(r.base(), r.baseOverrides());
                Focus.Mode mode = r.focusMode();
                jobs.warm(base, r.replications(), mode.indexesIn(base.params()), mode.density());
                HttpIo.sendJson(ex, 202, Map.of("base", r.base(), "warming", true));
            }
            case "validate" -> {
                allow(method, "POST");
                CompareRequest r = request(ex);
                index.load(r.base(), r.variantOverrides());
                HttpIo.sendJson(ex, 200, Map.of("ok", true));
            }
            case "compare" -> {
                allow(method, "POST");
                Job job = compare(request(ex));
                ex.getResponseHeaders().add("Location", "/api/jobs/" + job.id());
                HttpIo.sendJson(ex, 202, job.json(false, jobs.ahead(job)));
            }
            case "side-by-side" -> {
                allow(method, "POST");
                SideBySideRequest r = SideBySideRequest.of(HttpIo.jsonBody(ex));
                Job job = jobs.sideBySide(r.jobs(), r.question());
                ex.getResponseHeaders().add("Location", "/api/jobs/" + job.id());
                HttpIo.sendJson(ex, 201, job.json(false, 0));
            }
            case "save" -> {
                allow(method, "POST");
                CompareRequest r = named(request(ex));
                ScenarioIndex.Entry base = index.find(r.base());
                LoadedScenario loaded = index.load(base, r.variantOverrides());
                String name = workspace.save(r.name(), base, loaded.params().name(), r.set());
                HttpIo.sendJson(ex, 201, Map.of("id", name, "name", name));
            }
            case "scenario-yaml" -> {
                allow(method, "POST");
                CompareRequest r = named(request(ex));
                ScenarioIndex.Entry base = index.find(r.base());
                LoadedScenario loaded = index.load(base, r.variantOverrides());
                // a download is meant to sit beside its base
                String text = WhatIfYaml.text(base.file() == null ? "uk-baseline.yaml" : base.file().getFileName()
                        .toString(), r.name(), loaded.params().name(), r.set());
                ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + r.name() + ".yaml\"");
                HttpIo.send(ex, 200, "application/yaml; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
            }
            default -> throw HttpProblem.notFound("no such API");
        }
    }

    private void jobs(HttpExchange ex, String method, List<String> rest) throws IOException {
        if (rest.isEmpty()) {
            allow(method, "GET");
            HttpIo.sendJson(ex, 200, Map.of("jobs", jobs.all().stream().map(j -> j.json(false, jobs.ahead(j)))
                    .toList()));
            return;
        }
        Job job = jobs.get(rest.get(0));
        if (job == null) {
            throw HttpProblem.notFound("no job " + ScenarioNames.quoted(rest.get(0)));
        }
        if (rest.size() == 1) {
            allow(method, "GET", "DELETE");
            if (method.equals("DELETE")) {
                try {
                    jobs.cancel(job.id(), CANCEL_WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            HttpIo.sendJson(ex, 200, job.json(true, jobs.ahead(job)));
            return;
        }
        switch (rest.get(1)) {
            case "events" -> {
                allow(method, "GET");
                if (rest.size() != 2) {
                    throw HttpProblem.notFound("no such API");
                }
                events(ex, job);
            }
            case "board-pack" -> {
                allow(method, "POST");
                if (rest.size() != 2) {
                    throw HttpProblem.notFound("no such API");
                }
                Path pack = BoardPack.write(finishedFolder(job));
                HttpIo.sendJson(ex, 201, Map.of("file", pack.getFileName().toString(), "url", "/api/jobs/"
                        + job.id() + "/files/" + pack.getFileName()));
            }
            case "longer" -> {
                allow(method, "POST");
                if (rest.size() != 2) {
                    throw HttpProblem.notFound("no such API");
                }
                Job again = jobs.longer(job.id(), settings.replications(), settings.limits().maxReplications());
                ex.getResponseHeaders().add("Location", "/api/jobs/" + again.id());
                HttpIo.sendJson(ex, 202, again.json(false, jobs.ahead(again)));
            }
            case "files" -> {
                allow(method, "GET");
                StaticFiles.sendJobFile(ex, finishedFolder(job), rest.subList(2, rest.size()), job.id());
            }
            default -> throw HttpProblem.notFound("no such API");
        }
    }

    /** 405 (with {@code Allow}) unless the method is one of those allowed here. */
    private static void allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            throw new HttpProblem(405, method + " is not allowed here; use " + String.join(" or ", allowed),
                    Map.of("Allow", String.join(", ", allowed)));
        }
    }

    private CompareRequest request(HttpExchange ex) throws IOException {
        return CompareRequest.of(HttpIo.jsonBody(ex), settings.limits().maxCustomers(),
                settings.limits().maxReplications());
    }

    /**
     * A scenario the studio offers, as {@code GET /api/scenarios} lists it: the first line of its description, or
     * why it cannot be loaded.
     */
    record ScenarioEntry(String id, String kind, String name, String description,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
    }

    /** The studio's sizes for a what-if and the most a request may ask for. */
    record Workshop(int customers, int replications, int threads, int maxCustomers, int maxReplications) {
    }

    private List<ScenarioEntry> scenarios() {
        List<ScenarioEntry> out = new ArrayList<>();
        for (ScenarioIndex.Entry e : index.entries()) {
            try {
                LoadedScenario s = index.load(e, List.of());
                out.add(new ScenarioEntry(e.name(), e.kind().words(), s.params().name(),
                        s.params().description() == null ? "" : s.params().description().lines().findFirst()
                                .orElse(""), null));
            } catch (RuntimeException ex) {
                out.add(new ScenarioEntry(e.name(), e.kind().words(), e.name(), "", ex.getMessage()));
            }
        }
        return out;
    }

    private static Path finishedFolder(Job job) {
        if (job.folder() == null) {
            throw new HttpProblem(409, "job " + job.id() + " is " + job.status().name().toLowerCase(Locale.ROOT)
                    + "; its files exist once it is done");
        }
        return job.folder();
    }

    /** Loads and validates both scenarios now, so bad input is answered at once, then queues the runs. */
    private Job compare(CompareRequest request) {
        CompareRequest r = sized(request, request.name() == null ? "what-if-" + jobs.nextNumber() : request.name());
        if (r.set().isEmpty()) {
            throw HttpProblem.badRequest("set at least one lever: set is empty, so the what-if would be the base "
                    + "itself");
        }
        ScenarioIndex.Entry entry = index.find(r.base());
        if (r.ensemble() != null) {
            return jobs.acrossEnsemble(r, Ensembles.find(index, entry, r.ensemble()), index, entry);
        }
        LoadedScenario base = index.load(entry, r.baseOverrides());
        List<String> variant = r.variantOverrides();
        variant.add("name=" + r.name());
        variant.add("seed=" + base.params().seed());
        return jobs.submit(r, base, index.load(entry, variant));
    }

    /** The request at the workshop's size where it states none, named {@code name}. */
    private CompareRequest sized(CompareRequest request, String name) {
        return new CompareRequest(request.base(), request.set(), request.customers() == null
                ? settings.customers() : request.customers(), request.replications() == null
                ? settings.replications() : request.replications(), request.seed(), name, request.focus(),
                request.focusDensity(), request.ensemble());
    }

    private static CompareRequest named(CompareRequest r) {
        if (r.name() == null) {
            throw HttpProblem.badRequest("name is required: the scenario's name and file name ("
                    + ScenarioNames.RULE + ")");
        }
        if (r.set().isEmpty()) {
            throw HttpProblem.badRequest("set at least one lever: the scenario would be the base itself");
        }
        return r;
    }

    /** Server-sent events: the job as it changes (event "job"), until it is finished. */
    private void events(HttpExchange ex, Job job) throws IOException {
        if (streams.incrementAndGet() > MAX_STREAMS) {
            streams.decrementAndGet();
            throw new HttpProblem(429, MAX_STREAMS + " event streams are open, the most the studio serves at once; "
                    + "poll GET /api/jobs/{id} instead", Map.of("Retry-After", "10"));
        }
        try {
            ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            int seen = -1;
            while (true) {
                int now = job.awaitChange(seen, 15_000);
                if (now == seen && !job.finished()) {
                    out.write(": still running\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    seen = now;
                    String data = Json.line(job.json(false, jobs.ahead(job)));
                    out.write(("event: job\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                if (job.finished() && seen == job.version()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page went away
        } finally {
            streams.decrementAndGet();
        }
    }

    private Workshop workshop() {
        return new Workshop(settings.customers(), settings.replications(), settings.threads(),
                settings.limits().maxCustomers(), settings.limits().maxReplications());
    }
}
