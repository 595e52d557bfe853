package uk.cxsim.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.cxsim.chart.ChartException;
import uk.cxsim.output.Json;
import uk.cxsim.output.OutputException;
import uk.cxsim.report.BoardPack;
import uk.cxsim.report.ReportException;
import uk.cxsim.scenario.KeyCatalog;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Scenarios;
import uk.cxsim.scenario.TargetSet;

/**
 * The workshop studio: a local web server (the JDK's) with the page and the HTTP API under it. The page and its
 * script ship in the jar; nothing is fetched from the internet. Requests are served on a pool of threads, so a
 * long event stream never holds up the others; what-ifs run one at a time in a {@link JobQueue}.
 */
public final class Studio implements AutoCloseable {
    /** The id of the UK baseline built into cxsim. */
    public static final String BUILT_IN = "built-in";

    /**
     * How the studio is started.
     *
     * @param customers    the workshop size a what-if runs at unless the request says otherwise
     * @param replications replications of base and what-if unless the request says otherwise
     * @param warmBases    run a base in the background at the workshop size as soon as the page opens it
     * @param log          told one line as each what-if ends (the terminal's summary of the session)
     */
    public record Settings(String host, int port, Path scenarios, List<Path> extraScenarios, Path outputs,
                           int customers, int replications, int threads, TargetSet evidence, boolean warmBases,
                           java.util.function.Consumer<String> log) {
    }

    private final Settings settings;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Access access;
    private final JobQueue jobs;
    private final ScenarioShelf shelf;
    private final KeyCatalog catalog = Scenarios.catalog();

    private Studio(Settings settings, HttpServer server, ExecutorService pool) {
        this.settings = settings;
        this.server = server;
        this.pool = pool;
        this.access = Access.forHost(settings.host(), server.getAddress().getPort());
        this.jobs = new JobQueue(settings.threads(), settings.outputs(), settings.evidence(), settings.log());
        this.shelf = new ScenarioShelf(settings.scenarios(), settings.extraScenarios());
    }

    /** Binds the address (port 0: any free port) and starts serving. */
    public static Studio start(Settings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cxsim-studio-http");
            t.setDaemon(true);
            return t;
        });
        Studio studio = new Studio(settings, server, pool);
        server.createContext("/", studio::handle);
        server.setExecutor(pool);
        server.start();
        return studio;
    }

    /** The address to open, with the token when one is needed. */
    public String address() {
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            // every address of this machine: others reach it by its name
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                // keep the wildcard; the user knows the machine's address
            }
        }
        host = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + host + ":" + port() + "/" + (access.token() == null ? "" : "?token=" + access.token());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Waits for the server to be stopped (the command's process runs until interrupted). */
    public void awaitStop() throws InterruptedException {
        synchronized (this) {
            wait();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        jobs.close();
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            if (!access.allows(ex)) {
                send(ex, 403, error(access.token() == null ? "requests must name this machine (127.0.0.1 or "
                        + "localhost) as their host" : "this studio needs the token printed when it started: open "
                        + "the address it printed"));
                return;
            }
            route(ex);
        } catch (BadRequest e) {
            send(ex, e.status(), error(e.getMessage()));
        } catch (ScenarioException | OutputException | ReportException | ChartException e) {
            send(ex, 400, error(e.getMessage()));
        } catch (RuntimeException e) {
            send(ex, 500, error(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        if (path.equals("/") || path.startsWith("/studio/")) {
            requireMethod(method, "GET");
            StaticFiles.send(ex, path.equals("/") ? "/studio/index.html" : path);
            return;
        }
        if (!path.startsWith("/api/")) {
            throw new BadRequest(404, "no such page: " + path);
        }
        String[] parts = path.substring("/api/".length()).split("/");
        switch (parts[0]) {
            case "scenarios" -> {
                requireMethod(method, "GET");
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("scenarios", shelf.list());
                m.put("folder", settings.scenarios().toString());
                m.put("workshop", workshop());
                send(ex, 200, m);
            }
            case "levers" -> {
                requireMethod(method, "GET");
                String id = query(ex).getOrDefault("scenario", BUILT_IN);
                Map<String, Object> m = Levers.describe(id, shelf.load(id, List.of()), catalog);
                m.put("workshop", workshop());
                send(ex, 200, m);
                if (settings.warmBases()) {
                    jobs.warm(shelf.load(id, List.of("customers=" + settings.customers())),
                            settings.replications());
                }
            }
            case "validate" -> {
                requireMethod(method, "POST");
                CompareRequest r = CompareRequest.of(body(ex));
                shelf.load(r.base(), r.variantOverrides());
                send(ex, 200, Map.of("ok", true));
            }
            case "compare" -> {
                requireMethod(method, "POST");
                Job job = compare(CompareRequest.of(body(ex)));
                ex.getResponseHeaders().add("Location", "/api/jobs/" + job.id());
                send(ex, 202, job.json(false, jobs.ahead(job)));
            }
            case "jobs" -> jobRoute(ex, method, parts);
            case "save" -> {
                requireMethod(method, "POST");
                CompareRequest r = named(CompareRequest.of(body(ex)));
                LoadedScenario base = shelf.load(r.base(), List.of());
                Path file = WhatIfYaml.save(settings.scenarios(), r.name(), shelf.file(r.base()), base.params().name(),
                        r.set());
                send(ex, 201, Map.of("id", file.toString(), "name", r.name()));
            }
            case "scenario-yaml" -> {
                requireMethod(method, "POST");
                CompareRequest r = named(CompareRequest.of(body(ex)));
                LoadedScenario base = shelf.load(r.base(), List.of());
                shelf.load(r.base(), r.variantOverrides());
                // a download is kept beside its base
                Path baseFile = shelf.file(r.base());
                String text = WhatIfYaml.text(WhatIfYaml.extendsPath(baseFile == null ? Path.of("") : baseFile
                        .toAbsolutePath().getParent(), baseFile), r.name(), base.params().name(), r.set());
                ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + r.name() + ".yaml\"");
                sendBytes(ex, 200, "application/yaml; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new BadRequest(404, "no such API: " + path);
        }
    }

    private void jobRoute(HttpExchange ex, String method, String[] parts) throws IOException {
        if (parts.length == 1) {
            requireMethod(method, "GET");
            send(ex, 200, Map.of("jobs", jobs.all().stream().map(j -> j.json(false, jobs.ahead(j))).toList()));
            return;
        }
        Job job = jobs.get(parts[1]);
        if (job == null) {
            throw new BadRequest(404, "no job " + parts[1]);
        }
        if (parts.length == 2) {
            requireMethod(method, "GET");
            send(ex, 200, job.json(true, jobs.ahead(job)));
        } else if (parts[2].equals("events")) {
            requireMethod(method, "GET");
            events(ex, job);
        } else if (parts[2].equals("board-pack")) {
            requireMethod(method, "POST");
            Path folder = finishedFolder(job);
            Path pack = BoardPack.write(folder);
            send(ex, 201, Map.of("file", pack.getFileName().toString(), "url", "/api/jobs/" + job.id() + "/files/"
                    + pack.getFileName()));
        } else if (parts[2].equals("files") && parts.length > 3) {
            requireMethod(method, "GET");
            Path folder = finishedFolder(job).toAbsolutePath().normalize();
            Path file = folder.resolve(String.join("/", List.of(parts).subList(3, parts.length))).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                throw new BadRequest(404, "job " + job.id() + " has no file " + String.join("/",
                        List.of(parts).subList(3, parts.length)));
            }
            StaticFiles.sendFile(ex, file);
        } else {
            throw new BadRequest(404, "no such API: " + ex.getRequestURI().getPath());
        }
    }

    private static Path finishedFolder(Job job) {
        if (job.folder() == null) {
            throw new BadRequest(409, "job " + job.id() + " is " + job.status().name().toLowerCase(Locale.ROOT)
                    + "; its files exist once it is done");
        }
        return job.folder();
    }

    /** Loads and validates both scenarios now, so bad input is answered at once, then queues the runs. */
    private Job compare(CompareRequest request) {
        CompareRequest r = new CompareRequest(request.base(), request.set(), request.customers() == null
                ? settings.customers() : request.customers(), request.replications() == null
                ? settings.replications() : request.replications(), request.seed(), request.name() == null
                ? "what-if-" + jobs.nextNumber() : request.name());
        if (r.set().isEmpty()) {
            throw new BadRequest("set at least one lever: set is empty, so the what-if would be the base itself");
        }
        LoadedScenario base = shelf.load(r.base(), r.baseOverrides());
        List<String> variant = r.variantOverrides();
        variant.add("name=" + r.name());
        variant.add("seed=" + base.params().seed());
        return jobs.submit(r, base, shelf.load(r.base(), variant));
    }

    private static CompareRequest named(CompareRequest r) {
        if (r.name() == null) {
            throw new BadRequest("name is required: the scenario's name and file name (letters, digits, '-', '_')");
        }
        if (r.set().isEmpty()) {
            throw new BadRequest("set at least one lever: the scenario would be the base itself");
        }
        return r;
    }

    /** Server-sent events: the job as it changes (event "job"), until it is done or failed. */
    private void events(HttpExchange ex, Job job) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        int seen = -1;
        try {
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
        }
    }

    private Map<String, Object> workshop() {
        return Map.of("customers", settings.customers(), "replications", settings.replications(), "threads",
                settings.threads());
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new BadRequest(405, method + " is not allowed here; use " + allowed);
        }
    }

    private static Object body(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest(415, "send the request body as JSON (Content-Type: application/json)");
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(1 << 20);
            try {
                return Json.read(new String(bytes, StandardCharsets.UTF_8));
            } catch (OutputException e) {
                throw new BadRequest("the request body is " + e.getMessage());
            }
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message == null ? "unexpected error" : message.replaceAll("\\R", " "));
    }

    static void send(HttpExchange ex, int status, Object json) throws IOException {
        sendBytes(ex, status, "application/json; charset=utf-8", Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    static void sendBytes(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
