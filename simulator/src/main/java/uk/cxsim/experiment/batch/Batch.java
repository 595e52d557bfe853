package uk.cxsim.experiment.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.SweepRow;
import uk.cxsim.output.Json;
import uk.cxsim.output.ResumableFolder;
import uk.cxsim.output.SweepFile;
import uk.cxsim.results.BatchFile;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ParameterBinding;

/**
 * A batch of runs (a sweep, or the runs of a sensitivity analysis) written row by row into a resumable folder:
 * binds the varied keys to the scenario, checks the first point and the folder before anything runs, then runs
 * every point and replication the folder does not hold yet.
 */
public final class Batch {
    private final ScenarioSource loader;
    private final LoadedScenario loaded;
    private final List<ParameterBinding> bindings = new ArrayList<>();

    /** Binds each varied key (a key with {@code *} varies one multiplier over every match). */
    public Batch(ScenarioSource loader, List<String> keys) {
        this.loader = loader;
        this.loaded = loader.load(List.of());
        for (String key : keys) {
            bindings.add(ParameterBinding.resolve(loaded, key, false));
        }
    }

    /** The scenario as loaded, before any point's values. */
    public LoadedScenario scenario() {
        return loaded;
    }

    /** Column labels of the varied quantities. */
    public List<String> labels() {
        return bindings.stream().map(ParameterBinding::label).toList();
    }

    /**
     * Checks the first point, and each key at the lowest and the highest value any point gives it (a mistyped key
     * or a value out of range fails here, before anything is written), then opens or resumes the folder.
     *
     * @param source where the scenario came from (its file and overrides), first in the folder's manifest
     * @param design how the points were made, last in the manifest
     */
    public Session open(Path folder, BatchFile.Source source, BatchFile.Design design, List<double[]> points,
                        int replications) {
        checkExtremes(points);
        BatchFile manifest = BatchFile.of(source, loaded.params().customers(), loaded.params().days(),
                loaded.params().seed(), replications, labels(), design);
        boolean resuming = ResumableFolder.open(folder, Json.write(manifest));
        return new Session(new SweepFile(folder, labels()), resuming, points, replications);
    }

    private void checkExtremes(List<double[]> points) {
        double[] first = points.get(0);
        loader.load(ParameterBinding.overrides(bindings, first));
        for (int k = 0; k < first.length; k++) {
            double low = first[k];
            double high = first[k];
            for (double[] p : points) {
                low = Math.min(low, p[k]);
                high = Math.max(high, p[k]);
            }
            for (double v : new double[] {low, high}) {
                if (v != first[k]) {
                    double[] at = first.clone();
                    at[k] = v;
                    loader.load(ParameterBinding.overrides(bindings, at));
                }
            }
        }
    }

    /** The rows already in a batch folder. */
    public SweepFile results(Path folder) {
        return new SweepFile(folder, labels());
    }

    /** An open batch folder, ready to run what it does not hold yet. */
    public final class Session implements AutoCloseable {
        private final SweepFile sink;
        private final boolean resuming;
        private final List<double[]> points;
        private final int replications;

        private Session(SweepFile sink, boolean resuming, List<double[]> points, int replications) {
            this.sink = sink;
            this.resuming = resuming;
            this.points = points;
            this.replications = replications;
        }

        /** Whether the folder held this batch already. */
        public boolean resuming() {
            return resuming;
        }

        /** Runs already in the folder. */
        public int resumed() {
            return sink.resumed();
        }

        /** Runs left to do. */
        public long remaining() {
            return (long) points.size() * replications - sink.resumed();
        }

        public Sweep.Outcome run(RunExecutor executor, boolean failFast, ProgressListener progress) {
            Sweep.Sink rows = new Sweep.Sink() {
                @Override
                public Set<Long> done() {
                    return sink.done();
                }

                @Override
                public void write(SweepRow row) {
                    sink.write(row);
                }
            };
            return Sweep.run(points, replications, loaded.params().seed(),
                    values -> loader.load(ParameterBinding.overrides(bindings, values)).params(), executor, rows,
                    failFast, progress);
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
