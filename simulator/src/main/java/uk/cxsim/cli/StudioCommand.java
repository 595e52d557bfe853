package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.studio.Studio;
import uk.cxsim.studio.StudioBench;

/** {@code cxsim studio}: the workshop page, served on this machine until stopped. */
@Command(name = "studio")
public final class StudioCommand extends CliCommand {
    /**
     * Simulated customers of a studio what-if unless the page says otherwise. Each replication pays a fixed cost
     * (its spin-up and the contact centres' pools at a real team's size) whatever its size, so a few large
     * replications answer sooner and surer than many small ones: on 2 cores, 40,000 x 4 answers the reference
     * single-supplier lever in about 2 s on a kept base and 15 s on a fresh one, within about +/-10% of its net
     * benefit (docs/performance.md).
     */
    static final int WORKSHOP_CUSTOMERS = 40_000;
    /** Replications of base and what-if unless the page says otherwise (also the step of "run longer"). */
    static final int WORKSHOP_REPLICATIONS = 4;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO") List<Path> extra = new ArrayList<>();
    @Option(names = "--port", paramLabel = "N") int port = 8080;
    @Option(names = "--host", paramLabel = "ADDRESS") String host = "127.0.0.1";
    @Option(names = "--scenarios", paramLabel = "DIR") Path scenarios = Path.of("scenarios");
    @Option(names = "--out", paramLabel = "DIR") Path outputs = Path.of("outputs");
    @Option(names = "--workspace", paramLabel = "DIR") Path workspace;
    @Option(names = "--customers", paramLabel = "N") int customers = WORKSHOP_CUSTOMERS;
    @Mixin ReplicationsOption replications = new ReplicationsOption(WORKSHOP_REPLICATIONS).atLeast(2);
    @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--bench", paramLabel = "N") Integer bench;

    /** What the terminal says at start: the address (with its token, printed here only) and how to stop. */
    public static List<String> startLines(String address, boolean loopbackOnly) {
        List<String> lines = new ArrayList<>();
        lines.add("cxsim studio at " + address);
        if (loopbackOnly) {
            lines.add("Open it in a browser on this machine; stop with Ctrl+C.");
        } else {
            lines.add("Warning: the studio listens beyond this machine, over plain HTTP: its traffic, the token "
                    + "included, is not encrypted. Give the address only to those in the room; stop with Ctrl+C.");
        }
        lines.add("Scripts send the address's token as a header: Authorization: Bearer TOKEN");
        return lines;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (bench != null) {
            OptionCheck.require(bench >= 1 && bench <= 100, "--bench", "1 to 100 what-ifs", bench);
        }
        OptionCheck.between("--port", port, 0, 65535);
        OptionCheck.atLeast("--customers", customers, 100);
        replications.check();
        OptionCheck.atLeast("--threads", threads, 1);
        for (Path p : extra) {
            if (!Files.isRegularFile(p)) {
                throw new UserInputException("studio: no scenario file " + p);
            }
        }
        Studio studio;
        PrintWriter out = out();
        java.util.function.Consumer<String> log = bench != null ? line -> { } : line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        };
        Studio.Settings settings = Studio.Settings.of(host, port, scenarios, outputs, customers, replications.count(),
                TargetFile.loadDefault()).withExtra(extra).withThreads(threads).withLog(log);
        Studio.Limits limits = Studio.Limits.DEFAULT;
        settings = settings.withLimits(new Studio.Limits(Math.max(customers, limits.maxCustomers()),
                Math.max(replications.count(), limits.maxReplications()), limits.maxActiveJobs()));
        if (workspace != null) {
            settings = settings.withWorkspace(workspace);
        }
        String refused = Studio.checkScenarios(settings);
        if (refused != null) {
            throw new UserInputException("studio: " + refused);
        }
        try {
            studio = Studio.start(settings);
        } catch (BindException e) {
            throw new UserInputException("--port " + port + " on " + host + " cannot be used (" + e.getMessage()
                    + "); choose another --port (0: any free one), or a --host of this machine");
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            throw new UserInputException("--host " + host + " cannot be listened on: " + e.getMessage());
        }
        if (bench != null) {
            try (studio) {
                out.printf("Studio benchmark: %,d customers, %d replications, %d threads, %d cores%n", customers,
                        replications.count(), threads, Runtime.getRuntime().availableProcessors());
                StudioBench.run(studio, "uk-baseline", Map.of("levers.allSuppliers.crm.context", 1,
                        "levers.allSuppliers.crm.followsTransfer", true), bench, out);
            }
            return 0;
        }
        for (String line : startLines(studio.address(), studio.loopbackOnly())) {
            out.println(line);
        }
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(studio::close));
        studio.awaitStop();
        return 0;
    }
}
