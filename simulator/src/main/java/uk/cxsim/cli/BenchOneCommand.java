package uk.cxsim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;

/** One benchmark run in its own JVM, so each size gets a clean heap; prints one JSON object. */
@Command(name = "bench-one", hidden = true)
public final class BenchOneCommand extends CliCommand {
    @Option(names = "--customers", required = true, paramLabel = "N") int customers;
    @Option(names = "--days", paramLabel = "N") int days = 365;
    @Option(names = "--threads", paramLabel = "N") int threads = ExecutionOptions.defaultThreads();
    @Option(names = "--progress") boolean progress;

    @Override
    public Integer call() {
        ScenarioParams p = BenchCommand.baseline(customers, days);
        HeapEstimate.requireFits(p, 1, "--sizes", "give each size --heap %dg (on a machine with that much memory)");
        RunRecord r;
        if (progress) {
            try (ProgressCounter bar = ProgressCounter.drawnOn(System.err,
                    String.format(Locale.UK, "%,d customers", customers), p.totalDays(), "days")) {
                r = Simulation.run(p, 0, threads, bar);
            }
        } else {
            r = Simulation.run(p, 0, threads, ProgressListener.NONE);
        }
        double contacts = 0;
        for (int g = 0; g < r.wholeRun().suppliers(); g++) {
            contacts += r.wholeRun().get(g, Metric.CONTACTS);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        BenchLine line = new BenchLine(customers, p.totalDays(), contacts, r.events(), r.wallSeconds(),
                r.spinUpSeconds(), peak, Runtime.getRuntime().maxMemory(), threads);
        out().println(Json.write(line).replace("\n", " ").trim());
        return 0;
    }
}
