package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.execution.ReplicationStore;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/**
 * The runs of a what-if comparison: the base and each variant, every one the same replications with the base's
 * seed (common random numbers) and from the base's world (its equilibrium start and contact-centre pools), so a
 * variant changes the service from the first day and not the pooling. The runs are held lean
 * ({@link RunRecord#lean()}): a comparison reads their figures and business cases, not their days.
 *
 * @param base     the base's replications
 * @param variants each variant's replications, by name, in the order given
 */
public record WhatIfRuns(List<RunSummary> base, Map<String, List<RunSummary>> variants) {

    /** Days simulated by {@link #run}: the base and every variant, each replication. */
    public static long days(ScenarioParams base, int variants, int replications) {
        return (long) (variants + 1) * replications * base.totalDays();
    }

    /**
     * Runs the base and the variants.
     *
     * @param progress told of days done over all the runs, starting from {@code daysBefore}
     */
    public static WhatIfRuns run(ScenarioParams base, List<ScenarioParams> variants, int replications, int threads,
                                 long daysBefore, Progress progress) {
        return run(base, variants, replications, threads, daysBefore, progress, SpinUps.kept());
    }

    /** As {@link #run(ScenarioParams, List, int, int, long, Progress)}, keeping the base's spin-ups in {@code spinUps}. */
    public static WhatIfRuns run(ScenarioParams base, List<ScenarioParams> variants, int replications, int threads,
                                 long daysBefore, Progress progress, SpinUps spinUps) {
        long[] offset = {daysBefore};
        List<RunSummary> baseRuns = replications(base, base, replications, threads, offset, progress, spinUps);
        return new WhatIfRuns(baseRuns, variants(base, variants, replications, threads, offset, progress, spinUps));
    }

    /**
     * Runs the variants against base runs already made (with {@code spinUps} holding the base's spin-ups, or
     * keeping them for later what-ifs): the results are those of {@link #run} with the same base.
     *
     * @param progress told of days done over the variants' runs
     */
    public static WhatIfRuns against(List<RunSummary> baseRuns, ScenarioParams base, List<ScenarioParams> variants,
                                     int threads, SpinUps spinUps, Progress progress) {
        long[] offset = {0};
        return new WhatIfRuns(baseRuns, variants(base, variants, baseRuns.size(), threads, offset, progress,
                spinUps));
    }

    /** The base's runs alone, keeping their spin-ups in {@code spinUps} for the what-ifs to come. */
    public static List<RunSummary> base(ScenarioParams base, int replications, int threads, SpinUps spinUps,
                                        Progress progress) {
        return replications(base, base, replications, threads, new long[] {0}, progress, spinUps);
    }

    private static Map<String, List<RunSummary>> variants(ScenarioParams base, List<ScenarioParams> variants,
                                                          int replications, int threads, long[] offset,
                                                          Progress progress, SpinUps spinUps) {
        Map<String, List<RunSummary>> out = new LinkedHashMap<>();
        for (ScenarioParams v : variants) {
            out.put(v.name(), replications(v, base, replications, threads, offset, progress, spinUps));
        }
        return out;
    }

    /**
     * Runs the base and the variants as tasks of {@code executor} (a cluster's), one per scenario and replication;
     * the results are those of {@link #run}.
     *
     * @param progress told of days done over all the runs, starting from {@code daysBefore}, as each run finishes
     */
    public static WhatIfRuns runOn(RunExecutor executor, ScenarioParams base, List<ScenarioParams> variants,
                                   int replications, long daysBefore, Progress progress) {
        List<ScenarioParams> scenarios = new ArrayList<>();
        scenarios.add(base);
        scenarios.addAll(variants);
        RunRecord[] records = new RunRecord[scenarios.size() * replications];
        long[] days = {daysBefore};
        executor.runAll(records.length, i -> {
            ScenarioParams p = scenarios.get(i / replications);
            int replication = i % replications;
            return () -> Simulation.run(p, base, replication, 1, ProgressListener.NONE);
        }, new RunExecutor.Results<RunRecord>() {
            @Override
            public void accept(int index, RunRecord record) {
                records[index] = record.lean();
                days[0] += record.params().totalDays();
                progress.daysDone(days[0]);
            }

            @Override
            public void failed(int index, String error) {
                throw new IllegalStateException("run " + (index % replications) + " of "
                        + scenarios.get(index / replications).name() + " failed: " + error);
            }
        });
        List<RunSummary> baseRuns = new ArrayList<>();
        Map<String, List<RunSummary>> out = new LinkedHashMap<>();
        for (int i = 0; i < records.length; i++) {
            String name = scenarios.get(i / replications).name();
            List<RunSummary> runs = i < replications ? baseRuns : out.computeIfAbsent(name, n -> new ArrayList<>());
            runs.add(new RunSummary(records[i]));
        }
        return new WhatIfRuns(baseRuns, out);
    }

    /** Told of the days done so far over every run of a comparison. */
    @FunctionalInterface
    public interface Progress {
        void daysDone(long done);
    }

    private static List<RunSummary> replications(ScenarioParams p, ScenarioParams base, int replications,
                                                 int threads, long[] offset, Progress progress, SpinUps spinUps) {
        long start = offset[0];
        ProgressListener listener = (done, total) -> progress.daysDone(start + done);
        List<RunSummary> runs = new ArrayList<>();
        for (RunSummary full : Replications.run(p, base, 0, replications, threads, listener, ReplicationStore.NONE,
                spinUps)) {
            runs.add(new RunSummary(full.record().lean()));
        }
        offset[0] += (long) replications * p.totalDays();
        return runs;
    }
}
