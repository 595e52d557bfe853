package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.execution.LocalRunExecutor;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.whatif.EnsembleComparison;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.EnsembleMemberRow;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.EnsembleFile;

/**
 * What-ifs across an ensemble: the base and every variant run on each member (the member's keys laid over each
 * scenario, at the size the ensemble was matched at unless the caller sizes it, with the base's seed throughout),
 * then each lever's spread across the members. {@code cxsim compare --ensemble} and any other front end share it.
 */
public final class EnsembleWhatIfs {
    /** Each variant's spread across the members, the rows per member, and every key a member sets. */
    public record Answer(List<EnsembleWhatIf> acrossMembers, List<EnsembleMemberRow> memberRows,
                         List<String> keys) {
    }

    private EnsembleWhatIfs() {
    }

    /**
     * The scenarios of each member: the base first, then the variants.
     *
     * @param baseKeys    overrides of the base before the member's keys
     * @param variantKeys overrides of every variant before the member's keys (the base's seed among them)
     * @param sized       whether the caller set the size; if not, the ensemble's size is used
     */
    public static List<ScenarioParams[]> load(EnsembleFile file, ParamsLoader base, List<ParamsLoader> variants,
                                              List<String> baseKeys, List<String> variantKeys, boolean sized) {
        List<String> size = !sized && file.customers() != null ? List.of("customers=" + file.customers())
                : List.of();
        List<ScenarioParams[]> loaded = new ArrayList<>();
        for (EnsembleFile.Member m : file.members()) {
            List<String> b = new ArrayList<>(baseKeys);
            b.addAll(size);
            b.addAll(m.overrides());
            List<String> v = new ArrayList<>(variantKeys);
            v.addAll(size);
            v.addAll(m.overrides());
            ScenarioParams[] scenarios = new ScenarioParams[variants.size() + 1];
            scenarios[0] = base.load(b);
            for (int k = 0; k < variants.size(); k++) {
                scenarios[k + 1] = variants.get(k).load(v);
            }
            loaded.add(scenarios);
        }
        return loaded;
    }

    /** Days every member's runs simulate. */
    public static long days(List<ScenarioParams[]> loaded, int replications) {
        return loaded.size() * perMember(loaded, replications);
    }

    private static long perMember(List<ScenarioParams[]> loaded, int replications) {
        return WhatIfRuns.days(loaded.get(0)[0], loaded.get(0).length - 1, replications);
    }

    /** Runs each member's base and variants. */
    public static List<EnsembleComparison.MemberRuns> run(EnsembleFile file, List<ScenarioParams[]> loaded,
                                                          int replications, RunExecutor executor, int threads,
                                                          WhatIfRuns.Progress progress, Focus.Mode focus) {
        long perMember = perMember(loaded, replications);
        List<EnsembleComparison.MemberRuns> out = new ArrayList<>();
        for (int k = 0; k < loaded.size(); k++) {
            ScenarioParams[] s = loaded.get(k);
            EnsembleFile.Member m = file.members().get(k);
            WhatIfRuns runs = runs(executor, threads, s[0], List.of(s).subList(1, s.length), replications,
                    perMember * k, progress, SpinUps.kept(), focus);
            out.add(new EnsembleComparison.MemberRuns(m.name(), m.set(), runs));
        }
        return out;
    }

    /** Each variant's spread across the members. */
    public static Answer across(EnsembleFile file, List<EnsembleComparison.MemberRuns> members) {
        List<EnsembleWhatIf> across = new ArrayList<>();
        List<EnsembleMemberRow> rows = new ArrayList<>();
        for (String name : members.get(0).runs().variants().keySet()) {
            EnsembleComparison.Answer member = EnsembleComparison.of(name, members);
            across.add(member.acrossMembers());
            rows.addAll(member.memberRows());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (EnsembleFile.Member m : file.members()) {
            keys.addAll(m.set().keySet());
        }
        return new Answer(across, rows, new ArrayList<>(keys));
    }

    /**
     * The runs of one comparison: on this machine's threads (keeping the base's spin-ups in {@code spinUps} for
     * further runs from its world), or as tasks of a cluster's job; each what-if simulates again the sectors
     * {@code focus} chooses.
     */
    public static WhatIfRuns runs(RunExecutor executor, int threads, ScenarioParams base,
                                  List<ScenarioParams> variants, int replications, long daysBefore,
                                  WhatIfRuns.Progress progress, SpinUps spinUps, Focus.Mode focus) {
        if (executor instanceof LocalRunExecutor) {
            return WhatIfRuns.run(base, variants, replications, threads, daysBefore, progress, spinUps, focus);
        }
        return WhatIfRuns.runOn(executor, base, variants, replications, daysBefore, progress, focus);
    }
}
