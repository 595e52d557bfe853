package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.engine.CheckpointSink;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.SimulatedSectors;
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
 * <p>A variant simulates again only the sectors it changes ({@link Focus}); its other sectors are the base's runs,
 * spliced in ({@link Focus#record}), which is what running them again would give, counter for counter.
 *
 * @param base     the base's replications
 * @param variants each variant's replications, by name, in the order given
 * @param focus    the sectors each variant simulated again, by name
 */
public record WhatIfRuns(List<RunSummary> base, Map<String, List<RunSummary>> variants, Map<String, Focus> focus) {

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

    /**
     * As {@link #run(ScenarioParams, List, int, int, long, Progress)}, keeping the base's spin-ups in
     * {@code spinUps}.
     */
    public static WhatIfRuns run(ScenarioParams base, List<ScenarioParams> variants, int replications, int threads,
                                 long daysBefore, Progress progress, SpinUps spinUps) {
        return run(base, variants, replications, threads, daysBefore, progress, spinUps, Focus.Mode.AUTO);
    }

    /** As {@link #run(ScenarioParams, List, int, int, long, Progress, SpinUps)}, choosing sectors by {@code mode}. */
    public static WhatIfRuns run(ScenarioParams base, List<ScenarioParams> variants, int replications, int threads,
                                 long daysBefore, Progress progress, SpinUps spinUps, Focus.Mode mode) {
        long[] offset = {daysBefore};
        List<RunSummary> baseRuns = replications(base, base, 0, replications, threads, offset, progress, spinUps,
                SimulatedSectors.ALL);
        return variants(baseRuns, base, variants, threads, offset, progress, spinUps, mode, new DenseBases());
    }

    /**
     * Runs the variants against base runs already made (with {@code spinUps} holding the base's spin-ups, or
     * keeping them for later what-ifs): the results are those of {@link #run} with the same base.
     *
     * @param progress told of days done over the variants' runs
     */
    public static WhatIfRuns against(List<RunSummary> baseRuns, ScenarioParams base, List<ScenarioParams> variants,
                                     int threads, SpinUps spinUps, Progress progress) {
        return against(baseRuns, base, variants, threads, spinUps, progress, Focus.Mode.AUTO);
    }

    /**
     * As {@link #against(List, ScenarioParams, List, int, SpinUps, Progress)}, choosing sectors by {@code mode}.
     */
    public static WhatIfRuns against(List<RunSummary> baseRuns, ScenarioParams base, List<ScenarioParams> variants,
                                     int threads, SpinUps spinUps, Progress progress, Focus.Mode mode) {
        return against(baseRuns, base, variants, threads, spinUps, progress, mode, new DenseBases());
    }

    /**
     * As {@link #against(List, ScenarioParams, List, int, SpinUps, Progress, Focus.Mode)}, a denser focus taking the
     * base's denser runs from {@code denseBases} where kept there, and keeping there those it makes.
     */
    public static WhatIfRuns against(List<RunSummary> baseRuns, ScenarioParams base, List<ScenarioParams> variants,
                                     int threads, SpinUps spinUps, Progress progress, Focus.Mode mode,
                                     DenseBases denseBases) {
        return variants(baseRuns, base, variants, threads, new long[] {0}, progress, spinUps, mode, denseBases);
    }

    /** The base's runs alone, keeping their spin-ups in {@code spinUps} for the what-ifs to come. */
    public static List<RunSummary> base(ScenarioParams base, int replications, int threads, SpinUps spinUps,
                                        Progress progress) {
        return base(base, 0, replications, threads, spinUps, progress);
    }

    /**
     * The base's replications {@code first} to {@code first + count - 1} alone (more of a base already run, say),
     * keeping their spin-ups in {@code spinUps}.
     */
    public static List<RunSummary> base(ScenarioParams base, int first, int count, int threads, SpinUps spinUps,
                                        Progress progress) {
        return base(base, first, count, threads, spinUps, progress, SimulatedSectors.ALL);
    }

    /**
     * As {@link #base(ScenarioParams, int, int, int, SpinUps, Progress)}, simulating only the sectors
     * {@code simulated} names: runs of the base's sectors made apart, to be spliced into one run of every sector.
     */
    public static List<RunSummary> base(ScenarioParams base, int first, int count, int threads, SpinUps spinUps,
                                        Progress progress, SimulatedSectors simulated) {
        return replications(base, base, first, count, threads, new long[] {0}, progress, spinUps, simulated);
    }

    /**
     * A what-if's own runs of the sectors {@code focus} names, replications {@code first} on, from the base's
     * spin-ups: what {@link #spliced} puts into the base's runs.
     */
    public static List<RunSummary> focused(ScenarioParams variant, ScenarioParams base, Focus focus, int first,
                                           int count, int threads, SpinUps spinUps, Progress progress) {
        return replications(variant, base, first, count, threads, new long[] {0}, progress, spinUps,
                focus.simulated());
    }

    /**
     * The comparison of {@code variant} with the base's runs {@code baseRuns}, the what-if's own runs {@code ran}
     * (of the sectors {@code focus} names; unread when it names none) spliced into the base's: the results of
     * {@link #against} had it run them.
     */
    public static WhatIfRuns spliced(List<RunSummary> baseRuns, ScenarioParams variant, Focus focus,
                                     List<RunSummary> ran) {
        return new WhatIfRuns(baseRuns, Map.of(variant.name(), records(baseRuns, variant, focus, ran)),
                Map.of(variant.name(), focus));
    }

    /** Each replication's record of {@code variant}: its own runs {@code ran} spliced into the base's. */
    private static List<RunSummary> records(List<RunSummary> baseRuns, ScenarioParams variant, Focus focus,
                                            List<RunSummary> ran) {
        List<RunSummary> runs = new ArrayList<>();
        for (int r = 0; r < baseRuns.size(); r++) {
            runs.add(new RunSummary(focus.record(variant, baseRuns.get(r).record(), ran == null ? null
                    : ran.get(r).record())));
        }
        return runs;
    }

    private static WhatIfRuns variants(List<RunSummary> baseRuns, ScenarioParams base, List<ScenarioParams> variants,
                                       int threads, long[] offset, Progress progress, SpinUps spinUps,
                                       Focus.Mode mode, DenseBases denseBases) {
        Map<String, List<RunSummary>> out = new LinkedHashMap<>();
        Map<String, Focus> focus = new LinkedHashMap<>();
        int replications = baseRuns.size();
        // the variants run the replications the base's runs are (more of a comparison starts past replication 0)
        int first = baseRuns.get(0).record().replication();
        for (ScenarioParams v : variants) {
            Focus f = Focus.of(base, v, mode);
            focus.put(v.name(), f);
            if (f.none()) {
                offset[0] += (long) replications * v.totalDays();
                progress.daysDone(offset[0]);
                out.put(v.name(), records(baseRuns, v, f, null));
            } else if (f.denser()) {
                out.put(v.name(), moved(baseRuns, v, f, denser(base, v, f, first, replications, threads, offset,
                        progress, spinUps, denseBases)));
            } else {
                out.put(v.name(), records(baseRuns, v, f, replications(v, base, first, replications, threads, offset,
                        progress, spinUps, f.simulated())));
            }
        }
        return new WhatIfRuns(baseRuns, out, focus);
    }

    /**
     * A denser focus's own runs, replication by replication: the base's focused sectors and the what-if's, both at
     * the focus's density.
     */
    public record Denser(List<RunSummary> base, List<RunSummary> variant) {
    }

    /**
     * A what-if's denser runs (replications {@code first} on): the base's sectors {@code focus} names and the
     * what-if's, at its density, keeping their spin-ups in {@code spinUps}; what {@link #movedBy} moves the base by.
     * The base's denser runs are taken from {@code denseBases} when kept there, else made and kept there.
     */
    public static Denser denser(ScenarioParams base, ScenarioParams variant, Focus focus, int first, int count,
                                int threads, SpinUps spinUps, Progress progress, DenseBases denseBases) {
        return denser(base, variant, focus, first, count, threads, new long[] {0}, progress, spinUps, denseBases);
    }

    /**
     * The base's denser runs of the sectors {@code focus} names (replications {@code first} on), from
     * {@code denseBases} when kept there, else made (their spin-ups kept in {@code spinUps}) and kept there: what a
     * room's later what-ifs of those sectors need besides themselves.
     */
    public static List<RunSummary> denserBase(ScenarioParams base, Focus focus, int first, int count, int threads,
                                              SpinUps spinUps, Progress progress, DenseBases denseBases) {
        return denserBase(base, focus, first, count, threads, new long[] {0}, progress, spinUps, denseBases);
    }

    private static List<RunSummary> denserBase(ScenarioParams base, Focus focus, int first, int count, int threads,
                                               long[] offset, Progress progress, SpinUps spinUps,
                                               DenseBases denseBases) {
        List<RunSummary> kept = denseBases.get(focus, first, count);
        if (kept != null) {
            return kept;
        }
        ScenarioParams denseBase = Focus.atDensity(base, focus.density());
        List<RunSummary> made = replications(denseBase, denseBase, first, count, threads, offset, progress, spinUps,
                focus.simulated());
        denseBases.keep(focus, made);
        return made;
    }

    private static Denser denser(ScenarioParams base, ScenarioParams variant, Focus focus, int first, int count,
                                 int threads, long[] offset, Progress progress, SpinUps spinUps,
                                 DenseBases denseBases) {
        List<RunSummary> baseAtDensity = denserBase(base, focus, first, count, threads, offset, progress, spinUps,
                denseBases);
        return new Denser(baseAtDensity, replications(Focus.atDensity(variant, focus.density()),
                Focus.atDensity(base, focus.density()), first, count, threads, offset, progress, spinUps,
                focus.simulated()));
    }

    /**
     * The comparison of {@code variant} with the base's runs {@code baseRuns}, moved by its denser runs {@code ran}
     * in the sectors {@code focus} names: the results of {@link #against} under that focus.
     */
    public static WhatIfRuns movedBy(List<RunSummary> baseRuns, ScenarioParams variant, Focus focus, Denser ran) {
        return new WhatIfRuns(baseRuns, Map.of(variant.name(), moved(baseRuns, variant, focus, ran)),
                Map.of(variant.name(), focus));
    }

    /** Each replication's record of {@code variant}: the base's, moved by its denser runs. */
    private static List<RunSummary> moved(List<RunSummary> baseRuns, ScenarioParams variant, Focus focus,
                                          Denser ran) {
        List<RunSummary> runs = new ArrayList<>();
        for (int r = 0; r < baseRuns.size(); r++) {
            runs.add(new RunSummary(focus.record(variant, baseRuns.get(r).record(), ran.base().get(r).record(),
                    ran.variant().get(r).record())));
        }
        return runs;
    }

    /**
     * Days simulated by {@link #run} under {@code mode}: the base and every variant, and under a denser focus the
     * base's focused sectors once more for each set of sectors the variants re-run.
     */
    public static long days(ScenarioParams base, List<ScenarioParams> variants, int replications, Focus.Mode mode) {
        long runs = variants.size() + 1;
        if (mode.density() > 1) {
            runs += variants.stream().map(v -> Focus.of(base, v, mode)).filter(Focus::denser).map(Focus::sectors)
                    .distinct().count();
        }
        return runs * replications * base.totalDays();
    }

    /**
     * Runs the base and the variants as tasks of {@code executor} (a cluster's), one per scenario and replication;
     * the results are those of {@link #run}.
     *
     * @param progress told of days done over all the runs, starting from {@code daysBefore}, as each run finishes
     */
    public static WhatIfRuns runOn(RunExecutor executor, ScenarioParams base, List<ScenarioParams> variants,
                                   int replications, long daysBefore, Progress progress) {
        return runOn(executor, base, variants, replications, daysBefore, progress, Focus.Mode.AUTO);
    }

    /**
     * As {@link #runOn(RunExecutor, ScenarioParams, List, int, long, Progress)}, each variant's tasks simulating the
     * sectors {@code mode} chooses, at the base's size (a denser focus is refused).
     */
    public static WhatIfRuns runOn(RunExecutor executor, ScenarioParams base, List<ScenarioParams> variants,
                                   int replications, long daysBefore, Progress progress, Focus.Mode mode) {
        if (mode.density() > 1) {
            throw new IllegalArgumentException("a denser focus runs on this machine's threads, not as a cluster's"
                    + " tasks");
        }
        // the base, then each what-if that simulates anything again (one that changes nothing takes the base's runs)
        List<ScenarioParams> scenarios = new ArrayList<>();
        List<SimulatedSectors> simulated = new ArrayList<>();
        Map<String, Focus> focus = new LinkedHashMap<>();
        scenarios.add(base);
        simulated.add(SimulatedSectors.ALL);
        for (ScenarioParams v : variants) {
            Focus f = Focus.of(base, v, mode);
            focus.put(v.name(), f);
            if (!f.none()) {
                scenarios.add(v);
                simulated.add(f.simulated());
            }
        }
        RunRecord[] records = new RunRecord[scenarios.size() * replications];
        long[] days = {daysBefore};
        executor.runAll(records.length, i -> {
            ScenarioParams p = scenarios.get(i / replications);
            SimulatedSectors sectors = simulated.get(i / replications);
            int replication = i % replications;
            return () -> Simulation.run(p, base, replication, 1, ProgressListener.NONE, CheckpointSink.NONE,
                    SpinUps.NONE, sectors);
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
        for (int r = 0; r < replications; r++) {
            baseRuns.add(new RunSummary(records[r]));
        }
        Map<String, List<RunSummary>> out = new LinkedHashMap<>();
        for (ScenarioParams v : variants) {
            Focus f = focus.get(v.name());
            int at = scenarios.indexOf(v);
            List<RunSummary> runs = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                runs.add(new RunSummary(f.record(v, records[r], at < 0 ? null : records[at * replications + r])));
            }
            out.put(v.name(), runs);
        }
        return new WhatIfRuns(baseRuns, out, focus);
    }

    /** These runs followed by {@code more}, the same scenarios' next replications. */
    public WhatIfRuns then(WhatIfRuns more) {
        List<RunSummary> b = new ArrayList<>(base);
        b.addAll(more.base());
        Map<String, List<RunSummary>> v = new LinkedHashMap<>();
        variants.forEach((name, runs) -> {
            List<RunSummary> all = new ArrayList<>(runs);
            all.addAll(more.variants().get(name));
            v.put(name, all);
        });
        return new WhatIfRuns(b, v, focus);
    }

    /** Told of the days done so far over every run of a comparison. */
    @FunctionalInterface
    public interface Progress {
        void daysDone(long done);
    }

    private static List<RunSummary> replications(ScenarioParams p, ScenarioParams base, int first, int replications,
                                                 int threads, long[] offset, Progress progress, SpinUps spinUps,
                                                 SimulatedSectors simulated) {
        long start = offset[0];
        ProgressListener listener = (done, total) -> progress.daysDone(start + done);
        List<RunSummary> runs = new ArrayList<>();
        for (RunSummary full : Replications.run(p, base, first, replications, threads, listener,
                ReplicationStore.NONE, spinUps, simulated)) {
            runs.add(new RunSummary(full.record().lean()));
        }
        offset[0] += (long) replications * p.totalDays();
        return runs;
    }
}
