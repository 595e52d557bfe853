package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.experiment.Sweep;
import uk.cxsim.output.Json;
import uk.cxsim.output.ResumableFolder;
import uk.cxsim.output.SweepFile;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;

/**
 * A batch of runs (a sweep, or the runs of a sensitivity analysis) written row by row into a resumable folder:
 * binds the varied keys, checks the folder, runs with a progress bar and reports failures with their seed and
 * values.
 */
final class Batch {
    final Path scenario;
    final ScenarioOptions options;
    final LoadedScenario loaded;
    final List<RangeOption> ranges;
    final List<ParameterBinding> bindings = new ArrayList<>();
    final Path folder;

    Batch(Path scenario, ScenarioOptions options, List<RangeOption> ranges, Path out, String kind) {
        this.scenario = scenario;
        this.options = options;
        this.loaded = options.load(scenario);
        this.ranges = ranges;
        for (RangeOption r : ranges) {
            bindings.add(ParameterBinding.resolve(loaded, r.key(), false));
        }
        this.folder = out != null ? out : RunCommand.defaultFolder(kind, loaded.params().name());
    }

    List<String> labels() {
        return ranges.stream().map(r -> r.range().label()).toList();
    }

    /** Runs every point and replication not already in the folder. */
    Sweep.Outcome run(Map<String, Object> design, List<double[]> points, int replications, int threads,
                      boolean failFast, boolean quiet, PrintWriter out) {
        // a mistyped key or a value out of range fails here, before anything is written (exit code 2)
        options.load(scenario, ParameterBinding.overrides(bindings, points.get(0)));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("scenario", scenario == null ? "(built-in) uk-baseline" : scenario.toAbsolutePath().normalize().toString());
        manifest.put("overrides", options.sets);
        manifest.put("customers", loaded.params().customers());
        manifest.put("days", loaded.params().days());
        manifest.put("seed", loaded.params().seed());
        manifest.put("replications", replications);
        manifest.put("parameters", labels());
        manifest.putAll(design);
        boolean resuming = ResumableFolder.open(folder, Json.write(manifest));
        try (SweepFile sink = new SweepFile(folder, labels());
             ProgressCounter progress = new ProgressCounter(folder.getFileName().toString(),
                     (long) points.size() * replications - sink.resumed(), "runs", quiet)) {
            if (resuming && !quiet) {
                out.printf("Resuming %s: %d runs already done%n", RunCommand.displayPath(folder), sink.resumed());
            }
            Sweep.Outcome o = Sweep.run(points, replications, loaded.params().seed(),
                    values -> options.load(scenario, ParameterBinding.overrides(bindings, values)).params(),
                    threads, sink, failFast, progress);
            progress.close();
            for (Sweep.Row f : o.failures()) {
                out.printf(Locale.UK, "run failed: point %d, replication %d, seed %d, values %s: %s%n", f.point(),
                        f.replication(), f.seed(), java.util.Arrays.toString(f.values()), f.error());
            }
            if (!quiet) {
                out.printf("%d runs done, %d skipped (already in the folder), %d failed (see failures.csv)%n",
                        o.ran() - o.failures().size(), o.skipped(), o.failures().size());
            }
            return o;
        }
    }

    SweepFile results() {
        return new SweepFile(folder, labels());
    }
}
