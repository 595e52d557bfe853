package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import uk.cxsim.engine.SpinUps;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.execution.HeapEstimate;
import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.whatif.EnsembleComparison;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRanges;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.EnsembleTables;
import uk.cxsim.output.RangesTables;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.scenario.EnsembleFile;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.TargetFile;

/**
 * What-ifs compared with a base, as {@code cxsim compare} asks: every scenario runs with the base's seed (common
 * random numbers) on this machine or a cluster, or on every member of an ensemble; with each what-if's business case
 * at both ends of every range it states, if asked; then comparison.json, the tables, the charts and the report are
 * written to the folder. Planned first ({@link #plan}), so that bad input is refused before anything runs.
 */
public final class WhatIfCompare {
    /**
     * A comparison asked for.
     *
     * @param years         whole years measured (the days measured become 365 x years), or null for the scenario's
     * @param ranges        whether each what-if's business case is also made at the ends of its stated ranges
     * @param ensemble      the ensemble to run every scenario on, or null
     * @param sized         whether the front end set the size (else an ensemble's own size is used)
     * @param question      the question the comparison answers, or null
     */
    public record Request(NamedScenario base, List<NamedScenario> whatIfs, Integer years, int replications, int threads,
                          Focus.Mode focus, boolean ranges, EnsembleSource ensemble, boolean sized,
                          String question) {
    }

    /**
     * An ensemble to compare on: how comparison.json names its file, and the file, read when the plan needs it (after
     * the scenarios' own checks), or already read by the front end.
     */
    public record EnsembleSource(String label, Supplier<EnsembleFile> file) {
        /** The ensemble file at {@code path}, named relative to the working folder if it lies below it. */
        public static EnsembleSource of(Path path) {
            Path cwd = Path.of("").toAbsolutePath();
            Path named = path.toAbsolutePath().normalize();
            return new EnsembleSource((named.startsWith(cwd) ? cwd.relativize(named) : named).toString(),
                    () -> EnsembleFile.load(path));
        }
    }

    /** A request with its scenarios loaded and checked: nothing has run yet. */
    public static final class Plan {
        private final Request request;
        private final LoadedScenario base;
        private final List<LoadedScenario> whatIfs;
        private final List<String> length;
        private final List<String> crn;
        private EnsembleFile ensemble;
        /** Each member's scenarios, the base first; empty without an ensemble. */
        private List<ScenarioParams[]> members = List.of();

        private Plan(Request request, LoadedScenario base, List<LoadedScenario> whatIfs, List<String> length,
                     List<String> crn) {
            this.request = request;
            this.base = base;
            this.whatIfs = whatIfs;
            this.length = length;
            this.crn = crn;
        }

        /** The base as it runs. */
        public ScenarioParams base() {
            return base.params();
        }

        /** The what-ifs as they run, in the order asked. */
        private List<ScenarioParams> whatIfParams() {
            return whatIfs.stream().map(LoadedScenario::params).toList();
        }

        /** Whether the what-ifs run on an ensemble's members. */
        public boolean onEnsemble() {
            return request.ensemble() != null;
        }

        /** Days the comparison simulates, for a progress bar. */
        public long days() {
            if (onEnsemble()) {
                return EnsembleWhatIfs.days(members, request.replications());
            }
            long days = WhatIfRuns.days(base(), whatIfParams(), request.replications(), request.focus());
            for (int k = 0; request.ranges() && k < whatIfs.size(); k++) {
                days += RangedBusinessCase.days(whatIfs.get(k), base(), request.replications());
            }
            return days;
        }

        /** The base's loader with the comparison's length, then further overrides. */
        private Function<List<KeyOverride>, LoadedScenario> baseLoader() {
            return extra -> request.base().loader().apply(then(length, extra));
        }

        /** A what-if's loader with the comparison's length and the base's seed, then further overrides. */
        private Function<List<KeyOverride>, LoadedScenario> whatIfLoader(int k) {
            return extra -> request.whatIfs().get(k).loader().apply(then(crn, extra));
        }
    }

    /** The runs a comparison made: of the base and the what-ifs (pooled over an ensemble's members). */
    public record Ran(WhatIfRuns runs, List<EnsembleComparison.MemberRuns> members,
                      List<BusinessCaseRanges> rangeCases) {
    }

    /** What a comparison found, as written to its folder. */
    public record Outcome(WhatIfComparison answer, List<EnsembleWhatIf> acrossMembers) {
    }

    private WhatIfCompare() {
    }

    /**
     * Loads and checks the scenarios: each what-if must keep the base's market, take the focus asked and, with
     * ranges, state ranges whose ends load; the results must fit the heap. Bad input throws before anything runs.
     */
    public static Plan plan(Request r) {
        List<String> length = r.years() == null ? List.of() : List.of("days=" + 365 * r.years());
        LoadedScenario base = r.base().load(length);
        // every scenario runs with the base's seed: the same streams per replication
        List<String> crn = new ArrayList<>(length);
        crn.add("seed=" + base.params().seed());
        List<LoadedScenario> whatIfs = new ArrayList<>();
        for (NamedScenario w : r.whatIfs()) {
            LoadedScenario loaded = w.load(crn);
            requireSameMarket(base.params(), loaded.params(), w.label());
            Focus.of(base.params(), loaded.params(), r.focus());
            whatIfs.add(loaded);
        }
        if (r.focus().density() > 1 && (r.ensemble() != null || r.ranges())) {
            throw new UserInputException("--focus-density runs one world at the lever's own values: not with "
                    + (r.ensemble() != null ? "--ensemble" : "--ranges"));
        }
        if (r.focus().density() > 1) {
            HeapEstimate.requireFits(Focus.atDensity(base.params(), r.focus().density()),
                    HeapEstimate.runsAtOnce(r.replications(), r.threads()));
        }
        Plan plan = new Plan(r, base, whatIfs, length, crn);
        if (r.ranges()) {
            checkRanges(plan);
        }
        if (plan.onEnsemble()) {
            plan.ensemble = r.ensemble().file().get();
            plan.members = EnsembleWhatIfs.load(plan.ensemble, r.base().params(),
                    r.whatIfs().stream().map(NamedScenario::params).toList(), length, crn, r.sized());
        }
        int worlds = plan.onEnsemble() ? plan.members.size() : 1;
        HeapEstimate.requireResultsFit(base.params(), (long) worlds * (whatIfs.size() + 1) * r.replications(),
                HeapEstimate.runsAtOnce(r.replications(), r.threads()), "compare", (!plan.onEnsemble() ? ""
                        : worlds + " members x ") + (whatIfs.size() + 1) + " scenarios x " + r.replications()
                        + " replications");
        return plan;
    }

    /** Runs the base and the what-ifs (on each member of an ensemble), then the ends of any ranges. */
    public static Ran run(Plan p, RunExecutor executor, WhatIfRuns.Progress progress) {
        Request r = p.request;
        List<ScenarioParams> whatIfs = p.whatIfParams();
        if (p.onEnsemble()) {
            List<EnsembleComparison.MemberRuns> members = EnsembleWhatIfs.run(p.ensemble, p.members,
                    r.replications(), executor, r.threads(), progress, r.focus());
            return new Ran(EnsembleComparison.pooled(members), members, List.of());
        }
        SpinUps spinUps = SpinUps.kept();
        WhatIfRuns runs = EnsembleWhatIfs.runs(executor, r.threads(), p.base(), whatIfs, r.replications(), 0,
                progress, spinUps, r.focus());
        List<BusinessCaseRanges> rangeCases = new ArrayList<>();
        long done = WhatIfRuns.days(p.base(), whatIfs, r.replications(), r.focus());
        for (int k = 0; r.ranges() && k < whatIfs.size(); k++) {
            LoadedScenario what = p.whatIfs.get(k);
            long before = done;
            rangeCases.add(RangedBusinessCase.of(what, p.base(), runs.base(), runs.variants().get(what.params().name()),
                    p.baseLoader(), p.whatIfLoader(k), r.threads(), spinUps, d -> progress.daysDone(before + d)));
            done += RangedBusinessCase.days(what, p.base(), r.replications());
        }
        return new Ran(runs, List.of(), rangeCases);
    }

    /** Writes comparison.json, the tables, the ranges' and the ensemble's tables, the charts and the report. */
    public static Outcome write(Plan p, Ran ran, RunFolder folder) {
        Request r = p.request;
        WhatIfComparison answer = WhatIfComparison.of(ran.runs(), p.whatIfParams());
        answer = answer.with(answer.json().withQuestion(r.question()));
        if (r.ranges()) {
            answer = answer.with(answer.json().withRanges(RangesTables.json(ran.rangeCases())));
            folder.writeText(RangesTables.CSV, RangesTables.csv(ran.rangeCases()));
        }
        List<EnsembleWhatIf> acrossMembers = List.of();
        if (p.onEnsemble()) {
            EnsembleWhatIfs.Answer across = EnsembleWhatIfs.across(p.ensemble, ran.members());
            acrossMembers = across.acrossMembers();
            answer = answer.with(answer.json().withEnsemble(EnsembleTables.json(r.ensemble().label(), across.keys(),
                    acrossMembers)));
            folder.writeText(EnsembleTables.CSV, EnsembleTables.csv(across.keys(), across.memberRows()));
        }
        answer.write(folder);
        ReportAfterRuns.drawThenCommit(folder, staging -> ReportWriter.write(staging, TargetFile.loadDefault()));
        return new Outcome(answer, acrossMembers);
    }

    /** A what-if changes levers, not the market: the variant must have the base's sectors and suppliers. */
    public static void requireSameMarket(ScenarioParams base, ScenarioParams variant, String label) {
        if (!market(base).equals(market(variant))) {
            throw new UserInputException("variant " + label + " (" + variant.name() + ") has other sectors or "
                    + "suppliers than the base " + base.name() + " (" + market(base) + "); a what-if must change "
                    + "the levers of the same market, e.g. extend the base scenario");
        }
    }

    private static Map<String, List<String>> market(ScenarioParams p) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (SectorParams s : p.sectors()) {
            m.put(s.name(), s.suppliers().stream().map(SupplierParams::name).toList());
        }
        return m;
    }

    /**
     * Every what-if must state ranges, and each end of each range must load: refused in one line before anything
     * runs.
     */
    private static void checkRanges(Plan p) {
        if (p.onEnsemble()) {
            throw new UserInputException("--ranges cannot be combined with --ensemble: run the ranges on the "
                    + "calibrated baseline, the ensemble on the levers as stated");
        }
        for (int k = 0; k < p.whatIfs.size(); k++) {
            if (p.whatIfs.get(k).ranges().isEmpty()) {
                throw new UserInputException("--ranges: " + p.request.whatIfs().get(k).label() + " states no "
                        + "ranges; a what-if states each assumption nobody measured under ranges: as KEY: {low: L, "
                        + "high: H, why: ...}");
            }
            RangedBusinessCase.check(p.whatIfs.get(k), p.baseLoader(), p.whatIfLoader(k));
        }
    }

    /** The overrides a comparison's scenarios load with ({@code sets}), then further ones. */
    private static List<KeyOverride> then(List<String> sets, List<KeyOverride> extra) {
        List<KeyOverride> out = new ArrayList<>(KeyOverride.set(sets));
        out.addAll(extra);
        return out;
    }
}
