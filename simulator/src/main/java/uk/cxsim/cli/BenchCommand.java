package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.Scenarios;


/**
 * {@code cxsim bench}: runs the UK baseline at several sizes, each in a fresh JVM with a fixed maximum heap, and
 * prints customers, contacts simulated, wall time, contacts per second and peak heap.
 */
@Command(name = "bench")
public final class BenchCommand extends CliCommand {
    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...")
    List<Integer> sizes = new ArrayList<>(List.of(100_000, 1_000_000, 10_000_000));

    @Option(names = "--days", paramLabel = "N") int days = 365;
    @Option(names = "--heap", paramLabel = "SIZE") String heap;
    @Option(names = "--threads", paramLabel = "N") int threads = ExecutionOptions.defaultThreads();
    @Mixin WhatIfBenchOptions studio = new WhatIfBenchOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        OptionCheck.atLeast("--threads", threads, 1);
        if (studio.asked()) {
            return studio.run(threads, out());
        }
        for (int n : sizes) {
            baseline(n, days); // a bad size or length: one line and exit 2 before any run
        }
        PrintWriter out = out();
        out.printf(Locale.UK, "UK baseline, %d measured days plus warm-up after an equilibrium start (its spin-up "
                        + "included in the wall time), -Xmx%s%s, %d threads, %d cores, %s%n",
                days, heap != null ? heap : "12g or what the size needs",
                HugePages.jvmOptions().isEmpty() ? "" : ", transparent huge pages", threads,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.printf(Locale.UK, "%12s %8s %16s %10s %12s %14s %14s%n", "customers", "days", "contacts", "wall s",
                "spin-up s", "contacts/s", "peak heap GiB");
        out.flush();
        int failures = 0;
        for (int n : sizes) {
            BenchLine r = runOne(n);
            if (r == null) {
                failures++;
                out.printf(Locale.UK, "%12d  failed (see the error above)%n", n);
            } else {
                double contacts = r.contacts();
                double wall = r.wallSeconds();
                double peak = r.peakHeapBytes();
                out.printf(Locale.UK, "%,12d %8d %,16.0f %10.1f %12.1f %,14.0f %14.2f%n", n, r.simulatedDays(),
                        contacts, wall, r.spinUpSeconds(), contacts / wall, peak / (1L << 30));
            }
            out.flush();
        }
        return failures == 0 ? 0 : Main.FAILED;
    }

    /** The UK baseline at one benchmarked size; a bad size or length is reported under --sizes or --days. */
    static ScenarioParams baseline(int customers, int days) {
        return Scenarios.loadDefaultWith(List.of(KeyOverride.option("--sizes", "customers", customers),
                KeyOverride.option("--days", "days", days))).params();
    }

    private BenchLine runOne(int customers) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(childCommand(customers, System.console() != null))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || stdout.isEmpty()) {
            return null;
        }
        String last = stdout.substring(stdout.lastIndexOf('\n') + 1);
        return Json.read(last, BenchLine.class);
    }

    /**
     * The JVM that runs one size. Its standard output (one JSON line) comes back here; its standard error goes to
     * this process's, so on a terminal it draws its own progress bar there.
     */
    List<String> childCommand(int customers, boolean terminal) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String xmx = heap != null ? heap : BenchHeap.forSize(customers, days);
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx));
        cmd.addAll(HugePages.jvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench-one",
                "--customers", Integer.toString(customers), "--days", Integer.toString(days), "--threads",
                Integer.toString(threads)));
        if (terminal) {
            cmd.add("--progress");
        }
        return cmd;
    }
}
