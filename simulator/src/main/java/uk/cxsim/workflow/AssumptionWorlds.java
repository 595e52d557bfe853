package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.batch.AssumptionScreening;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.whatif.BusinessCase;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/**
 * The worlds of a screening of assumptions, run here: in each, the base and every lever with the world's values laid
 * over them, one replication on the world's seed, each lever's UK net benefit a year from its business case. Worlds
 * run side by side, one per task of a {@link RunExecutor}; each world's answer depends on its values and seed alone,
 * so the results do not depend on the thread count.
 */
public final class AssumptionWorlds implements AssumptionScreening.WorldRunner {
    private final ParamsLoader base;
    private final List<ParamsLoader> levers;
    private final RunExecutor executor;
    private final long worldDays;
    private final LongConsumer daysDone;
    private long days;

    /**
     * @param worldDays days one world simulates ({@link #days})
     * @param daysDone  told of the simulated days done so far over every world, as each world finishes
     */
    public AssumptionWorlds(ParamsLoader base, List<ParamsLoader> levers, RunExecutor executor, long worldDays,
                            LongConsumer daysDone) {
        this.base = base;
        this.levers = List.copyOf(levers);
        this.executor = executor;
        this.worldDays = worldDays;
        this.daysDone = daysDone;
    }

    /** Simulated days of one world: the base and each lever, one replication each. */
    public static long days(ScenarioParams base, int levers) {
        return WhatIfRuns.days(base, levers, 1);
    }

    @Override
    public List<double[]> run(List<Map<String, Double>> worlds, List<Long> seeds) {
        double[][] out = new double[worlds.size()][];
        executor.runAll(worlds.size(), w -> {
            List<String> keys = new ArrayList<>(assignments(worlds.get(w)));
            keys.add("seed=" + seeds.get(w));
            return () -> world(keys);
        }, new RunExecutor.Results<double[]>() {
            @Override
            public void accept(int index, double[] result) {
                out[index] = result;
                days += worldDays;
                daysDone.accept(days);
            }

            @Override
            public void failed(int index, String error) {
                throw new IllegalStateException("world " + index + " of the screening failed: " + error);
            }
        });
        return List.of(out);
    }

    private double[] world(List<String> keys) {
        ScenarioParams b = base.load(keys);
        List<ScenarioParams> variants = levers.stream().map(l -> l.load(keys)).toList();
        WhatIfRuns runs = WhatIfRuns.run(b, variants, 1, 1, 0, d -> { }, SpinUps.kept());
        double[] out = new double[variants.size()];
        for (int l = 0; l < variants.size(); l++) {
            List<RunSummary> v = runs.variants().get(variants.get(l).name());
            List<BusinessCaseRow> rows = BusinessCase.of(runs.base(), v);
            out[l] = rows.get(rows.size() - 1).netBenefit().mean();
        }
        return out;
    }

    /** A world's values as the {@code key=value} overrides a scenario loads with. */
    public static List<String> assignments(Map<String, Double> values) {
        List<String> keys = new ArrayList<>();
        values.forEach((k, v) -> keys.add(k + "=" + v));
        return keys;
    }
}
