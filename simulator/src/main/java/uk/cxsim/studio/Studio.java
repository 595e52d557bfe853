package uk.cxsim.studio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.cxsim.errors.UserErrors;
import uk.cxsim.scenario.TargetSet;

/**
 * The workshop studio: a local web server (the JDK's) with the page and the HTTP API under it. The page and its
 * script ship in the jar; nothing is fetched from the internet. Every request passes the {@link Guard} (host,
 * token, origin) before it is routed by {@link StudioApi}; what a request may cost is bounded ({@link HttpIo},
 * {@link Limits}). Requests are served on a fixed pool of threads, so a long event stream never holds up the
 * others; what-ifs run one at a time in a {@link JobQueue}.
 */
public final class Studio implements AutoCloseable {
    /** Threads serving requests (event streams included). */
    private static final int HTTP_THREADS = 32;

    static {
        // a request (line, headers and body) must arrive within a minute; responses (event streams) are not timed
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "60");
        }
    }

    /**
     * What one request may ask for.
     *
     * @param maxCustomers    most simulated customers of a what-if
     * @param maxReplications most replications of a what-if
     * @param maxActiveJobs   most what-ifs running or queued at once (a further one is answered 429)
     */
    public record Limits(int maxCustomers, int maxReplications, int maxActiveJobs) {
        public static final Limits DEFAULT = new Limits(1_000_000, 20, 4);
    }

    /** Called before each request is answered: a test's way to hold one response back. Not for production. */
    @FunctionalInterface
    public interface ResponseHook {
        ResponseHook NONE = (method, path, query) -> { };

        void beforeResponse(String method, String path, Map<String, String> query);
    }

    /**
     * How the studio is started.
     *
     * @param scenarios    the built-in scenarios' folder (read only)
     * @param workspace    where what-ifs are saved as scenarios
     * @param customers    the workshop size a what-if runs at unless the request says otherwise
     * @param replications replications of base and what-if unless the request says otherwise
     * @param log          told one line as each what-if ends (the terminal's summary of the session)
     */
    public record Settings(String host, int port, Path scenarios, Path workspace, List<Path> extraScenarios,
                           Path outputs, int customers, int replications, int threads, Limits limits,
                           TargetSet evidence, Consumer<String> log, ResponseHook hook) {
        /** The defaults for the rest: the workspace under {@code outputs/studio/scenarios}, all cores, no hook. */
        public static Settings of(String host, int port, Path scenarios, Path outputs, int customers,
                                  int replications, TargetSet evidence) {
            return new Settings(host, port, scenarios, outputs.resolve("studio").resolve("scenarios"), List.of(),
                    outputs, customers, replications, Runtime.getRuntime().availableProcessors(), Limits.DEFAULT,
                    evidence, line -> { }, ResponseHook.NONE);
        }

        public Settings withExtra(List<Path> extra) {
            return new Settings(host, port, scenarios, workspace, List.copyOf(extra), outputs, customers,
                    replications, threads, limits, evidence, log, hook);
        }

        public Settings withThreads(int n) {
            return new Settings(host, port, scenarios, workspace, extraScenarios, outputs, customers, replications,
                    n, limits, evidence, log, hook);
        }

        public Settings withWorkspace(Path folder) {
            return new Settings(host, port, scenarios, folder, extraScenarios, outputs, customers, replications,
                    threads, limits, evidence, log, hook);
        }

        public Settings withLimits(Limits l) {
            return new Settings(host, port, scenarios, workspace, extraScenarios, outputs, customers, replications,
                    threads, l, evidence, log, hook);
        }

        public Settings withLog(Consumer<String> l) {
            return new Settings(host, port, scenarios, workspace, extraScenarios, outputs, customers, replications,
                    threads, limits, evidence, l, hook);
        }

        public Settings withHook(ResponseHook h) {
            return new Settings(host, port, scenarios, workspace, extraScenarios, outputs, customers, replications,
                    threads, limits, evidence, log, h);
        }
    }

    private final Settings settings;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Guard guard;
    private final JobQueue jobs;
    private final StudioApi api;

    private Studio(Settings settings, HttpServer server, ExecutorService pool) {
        this.settings = settings;
        this.server = server;
        this.pool = pool;
        this.guard = Guard.forBind(settings.host(), server.getAddress().getPort());
        this.jobs = new JobQueue(settings.threads(), settings.limits().maxActiveJobs(), settings.outputs(),
                settings.evidence(), settings.log());
        ScenarioIndex index = new ScenarioIndex(settings.scenarios(), settings.workspace(),
                settings.extraScenarios());
        this.api = new StudioApi(settings, index, jobs);
    }

    /**
     * Checks the files named at start (see {@link ScenarioIndex#checkNamed}): a one-line reason for the first that
     * cannot be offered, or null.
     */
    public static String checkScenarios(Settings settings) {
        return ScenarioIndex.checkNamed(settings.scenarios(), settings.workspace(), settings.extraScenarios());
    }

    /** Binds the address (port 0: any free port) and starts serving. */
    public static Studio start(Settings settings) throws IOException {
        Files.createDirectories(settings.workspace());
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ExecutorService pool = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
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

    /** The address to open, with the token: printed once at start, and never logged. */
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
        return "http://" + host + ":" + port() + "/?token=" + guard.token();
    }

    /** The token API clients send as {@code Authorization: Bearer TOKEN}. */
    public String token() {
        return guard.token();
    }

    /** Whether the studio is bound to this machine only; if not, its traffic (token included) crosses a network. */
    public boolean loopbackOnly() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The what-ifs (package-private: tests look at its side effects). */
    JobQueue jobs() {
        return jobs;
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
            guard.checkHost(ex.getRequestHeaders());
            List<String> path = HttpIo.segments(ex);
            Map<String, String> query = HttpIo.query(ex);
            String method = ex.getRequestMethod();
            boolean api = !path.isEmpty() && path.get(0).equals("api");
            if (!api && method.equals("GET") && query.containsKey("token")) {
                openWithToken(ex, query.get("token"));
                return;
            }
            try {
                guard.checkToken(ex.getRequestHeaders());
            } catch (HttpProblem p) {
                if (api) {
                    throw p;
                }
                HttpIo.send(ex, 401, "text/plain; charset=utf-8", ("This cxsim studio needs its token: open the "
                        + "address cxsim studio printed when it started.\n").getBytes(StandardCharsets.UTF_8),
                        HttpIo.PAGE_POLICY);
                return;
            }
            if (method.equals("POST") || method.equals("DELETE")) {
                guard.checkWrite(ex.getRequestHeaders());
            }
            settings.hook().beforeResponse(method, ex.getRequestURI().getPath(), query);
            this.api.route(ex, method, path, query);
        } catch (HttpProblem p) {
            HttpIo.sendError(ex, p);
        } catch (RuntimeException e) {
            if (UserErrors.isUserError(e)) {
                HttpIo.sendError(ex, HttpProblem.ofUserError(e));
            } else {
                settings.log().accept("studio: " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath()
                        + " failed: " + e);
                HttpIo.sendError(ex, new HttpProblem(500, "the studio failed on this request (" + e.getClass()
                        .getSimpleName() + "); its terminal says more"));
            }
        } finally {
            ex.close();
        }
    }

    /** The page opened from the printed address: the token becomes a cookie, and the address loses it. */
    private void openWithToken(HttpExchange ex, String token) throws IOException {
        if (!guard.isToken(token)) {
            throw new HttpProblem(401, "this is not the token cxsim studio printed; open the address it printed");
        }
        ex.getResponseHeaders().add("Set-Cookie", guard.setCookie());
        ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath());
        HttpIo.send(ex, 303, "text/plain; charset=utf-8", new byte[0], HttpIo.PAGE_POLICY);
    }
}
