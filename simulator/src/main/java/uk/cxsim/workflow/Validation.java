package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.cxsim.experiment.validation.QueueChecks;
import uk.cxsim.experiment.validation.TargetChecks;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetRole;
import uk.cxsim.scenario.TargetSet;

/**
 * A scenario against its evidence: calibration targets (fitted), held-out ones (never fitted, judged by
 * implausibility), natural experiments (an intervention run as a what-if on the same seeds, its change in a figure
 * set beside the change observed), input restatements, and optionally the queue against Erlang C and A.
 */
public final class Validation {
    private static final String SECTORS = "sectors.";

    private Validation() {
    }

    /**
     * What was checked and how it went.
     *
     * @param checks every check, in the targets' order, the queue's last
     */
    public record Report(String scenario, int customers, int replications, int days, List<Check> checks) {
        /** Checks of this role that pass, and all of them. */
        public int[] count(String role) {
            int pass = 0;
            int all = 0;
            for (Check c : checks) {
                if (c.role().equals(role)) {
                    all++;
                    pass += c.pass() ? 1 : 0;
                }
            }
            return new int[] {pass, all};
        }

        /**
         * Whether the model passes: every calibration target and every check of the model itself. Held-out
         * evidence is reported, not required (a miss is a finding to document, not a reason to refit); with
         * {@code strict} it is required too. Input restatements never count.
         */
        public boolean passes(boolean strict) {
            return checks.stream().filter(Check::counted)
                    .filter(c -> strict || !REPORTED.contains(c.role()))
                    .allMatch(Check::pass);
        }
    }

    /**
     * Runs the scenario and each natural experiment and checks them.
     *
     * @param whatIfs  the scenario of a natural experiment named in a target, with the same overrides as the
     *                 scenario, or null when it cannot be run against this scenario
     * @param progress told of days done over every run
     */
    public static Report run(ScenarioParams p, TargetSet targets, int replications, int threads, boolean queue,
                             Function<String, ScenarioParams> whatIfs, WhatIfRuns.Progress progress) {
        requireSectors(p, targets);
        Map<String, ScenarioParams> experiments = new LinkedHashMap<>();
        for (Target t : targets.targets()) {
            if (t instanceof Target.Value v && v.whatIf() != null) {
                ScenarioParams w = whatIfs.apply(v.whatIf());
                if (w != null) {
                    experiments.put(v.name(), w);
                }
            }
        }
        Map<String, ScenarioParams> byName = new LinkedHashMap<>();
        experiments.values().forEach(w -> byName.putIfAbsent(w.name(), w));
        List<ScenarioParams> variants = new ArrayList<>(byName.values());
        WhatIfRuns runs = WhatIfRuns.run(p, variants, replications, threads, 0, progress);
        ReplicatedFigures figures = new ReplicatedFigures(runs.base());
        Map<String, double[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, ScenarioParams> e : experiments.entrySet()) {
            Target.Value t = (Target.Value) targets.targets().stream().filter(x -> x.name().equals(e.getKey()))
                    .findFirst().orElseThrow();
            changes.put(e.getKey(), relativeChanges(runs.base(), runs.variants().get(e.getValue().name()),
                    t.metric()));
        }
        List<Check> checks = new ArrayList<>(TargetChecks.validate(targets.targets(), figures, changes));
        if (queue) {
            checks.addAll(QueueChecks.run(p.seed()));
        }
        return new Report(p.name(), p.customers(), replications, p.days(), List.copyOf(checks));
    }

    /**
     * Refuses, before anything runs, a target that reads a sector the scenario does not have: such a target cannot be
     * checked, and the scenario is most likely not the one the targets were written for.
     */
    static void requireSectors(ScenarioParams p, TargetSet targets) {
        List<String> sectors = p.sectors().stream().map(s -> s.name()).toList();
        for (Target t : targets.targets()) {
            List<String> metrics = new ArrayList<>();
            if (t instanceof Target.Value v) {
                metrics.add(v.metric());
            } else if (t instanceof Target.Order o) {
                metrics.addAll(o.metrics());
            }
            for (String m : metrics) {
                if (!m.startsWith(SECTORS)) {
                    continue;
                }
                String rest = m.substring(SECTORS.length());
                String sector = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                if (!sector.equals("*") && !sectors.contains(sector)) {
                    throw new ScenarioException("target '" + t.name() + "' reads sector '" + sector
                            + "', which scenario " + p.name() + " does not have (it has " + String.join(", ", sectors)
                            + "): check it against the targets written for it (--targets)");
                }
            }
        }
    }

    /** Days simulated by {@link #run}: the scenario and each natural experiment, each replication. */
    public static long days(ScenarioParams p, TargetSet targets, int replications) {
        long experiments = targets.targets().stream()
                .filter(t -> t instanceof Target.Value v && v.whatIf() != null).count();
        return WhatIfRuns.days(p, (int) experiments, replications);
    }

    /** The relative change of a figure from base to variant, replication by replication (same seeds). */
    static double[] relativeChanges(List<RunSummary> base, List<RunSummary> variant, String metric) {
        ReplicatedFigures b = new ReplicatedFigures(base);
        ReplicatedFigures v = new ReplicatedFigures(variant);
        double[] before = b.values(metric);
        double[] after = v.values(metric);
        double[] change = new double[before.length];
        for (int r = 0; r < change.length; r++) {
            change[r] = before[r] != 0 ? after[r] / before[r] - 1 : Double.NaN;
        }
        return change;
    }

    /** Roles whose misses are reported without failing a validation unless it is strict. */
    static final java.util.Set<String> REPORTED = java.util.Set.of(TargetRole.HELD_OUT.key(),
            TargetRole.USED_IN_DEVELOPMENT.key());

    /** The roles a report groups checks by, in the order it prints them. */
    public static final List<String> ROLES = List.of(TargetRole.CALIBRATION.key(), TargetRole.HELD_OUT.key(),
            TargetRole.USED_IN_DEVELOPMENT.key(), TargetRole.INPUT.key(), TargetRole.VERIFICATION.key());
}
