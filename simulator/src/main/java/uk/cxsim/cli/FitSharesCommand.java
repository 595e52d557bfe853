package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.ShareFit;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioOverlay;

/**
 * {@code cxsim fit-shares}: fits each supplier's attractiveness so that the scenario's stated market shares are the
 * market's steady state; writes the values as a scenario overlay (shares.yaml) and every round (fit.csv).
 */
@Command(name = "fit-shares", mixinStandardHelpOptions = true,
        description = "Fit each supplier's attractiveness so the stated market shares are the steady state: from a "
                + "fresh start at the stated shares the market runs some years; each supplier's share over the last "
                + "of them moves its attractiveness by a damped log step, round after round on the same random "
                + "numbers. Writes shares.yaml (an overlay scenario) and fit.csv.")
public final class FitSharesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file whose shares to fit")
    Path scenario;

    @Option(names = "--years", paramLabel = "N", description = "Years each round runs from a fresh start; the "
            + "last is measured (default ${DEFAULT-VALUE})")
    int years = 4;

    @Option(names = "--replications", paramLabel = "R", description = "Replications per round (default "
            + "${DEFAULT-VALUE})")
    int replications = 2;

    @Option(names = "--rounds", paramLabel = "N", description = "Most rounds (default ${DEFAULT-VALUE})")
    int rounds = 12;

    @Option(names = "--step", paramLabel = "S", description = "Damping of each round's step, 0 to 1 (default "
            + "${DEFAULT-VALUE})")
    double step = 0.8;

    @Option(names = "--tolerance", paramLabel = "POINTS", description = "Stop when every supplier is within this "
            + "many percentage points of its stated share (default ${DEFAULT-VALUE})")
    double tolerance = 0.5;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: "
            + "outputs/fit-shares/<scenario>/<timestamp>)")
    Path out;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Mixin
    ExecutionOptions execution = new ExecutionOptions();

    @Override
    public Integer call() {
        if (years < 1 || years > 20 || replications < 1 || rounds < 1 || rounds > 100 || !(step > 0 && step <= 1)
                || !(tolerance > 0) || execution.threads < 1) {
            throw new UserInputException("--years must be 1 to 20, --rounds 1 to 100, --replications and --threads at "
                    + "least 1, --step in (0, 1] and --tolerance above 0");
        }
        LoadedScenario stated = options.load(scenario);
        ScenarioParams p = stated.params();
        List<String> keys = attractivenessKeys(p);
        Path target = out != null ? out : RunCommand.defaultFolder("fit-shares", p.name());
        PrintWriter o = spec.commandLine().getOut();
        StringBuilder csv = new StringBuilder("round,sector,supplier,statedShare,simulatedShare,attractiveness\n");
        try (RunFolder folder = RunFolder.prepare(target, RunCommand.warnings(spec));
             ProgressCounter progress = ProgressCounter.onTerminal("fit-shares", rounds, "rounds", execution.quiet)) {
            ShareFit.Result result = ShareFit.fit(p, a -> freshStart(a, keys), replications, execution.threads,
                    rounds, step, tolerance, round -> {
                        progress.stepTo(round.number());
                        progress.extra(String.format(Locale.UK, "largest gap %.2f points", round.largestGapPoints()));
                        rows(csv, p, round);
                    });
            progress.close();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int g = 0; g < keys.size(); g++) {
                values.put(keys.get(g), Double.parseDouble(String.format(Locale.ROOT, "%.5f",
                        result.attractiveness()[g])));
            }
            ShareFit.Round last = result.rounds().get(result.rounds().size() - 1);
            String header = String.format(Locale.UK, "# Each supplier's attractiveness fitted by cxsim fit-shares so "
                    + "that the stated market shares are%n# the steady state: %d rounds of %d years from a fresh start, "
                    + "%,d customers x %d replications, step %s;%n# the largest gap in the last round measured %.2f "
                    + "points (%s).%n", result.rounds().size(), years, p.customers(), replications, step,
                    last.largestGapPoints(), result.converged() ? "within the tolerance" : "not within the tolerance");
            folder.writeText("shares.yaml", ScenarioOverlay.yaml(header, target.toAbsolutePath().normalize()
                    .relativize(scenario.toAbsolutePath().normalize()).toString(), Map.of("name", p.name()
                    + "-shares"), values));
            folder.writeText("fit.csv", csv.toString());
            folder.commit();
            if (!execution.quiet) {
                o.printf(Locale.UK, "%s after %d rounds: the largest gap from a stated share is %.2f points%n",
                        result.converged() ? "Fitted" : "Not within the tolerance", result.rounds().size(),
                        last.largestGapPoints());
                o.printf("Wrote %s (shares.yaml runs as a scenario)%n", RunCommand.displayPath(folder.target()));
            }
        }
        return 0;
    }

    /** The scenario at this attractiveness, from a fresh start (no spin-up, no warm-up), {@code years} long. */
    private ScenarioParams freshStart(double[] attractiveness, List<String> keys) {
        List<String> overrides = new ArrayList<>(List.of("spinUp.years=0", "warmupDays=0", "days=" + 365 * years));
        for (int g = 0; g < keys.size(); g++) {
            overrides.add(keys.get(g) + "=" + attractiveness[g]);
        }
        return options.load(scenario, overrides).params();
    }

    /** The key that sets each supplier's attractiveness, in scenario order. */
    static List<String> attractivenessKeys(ScenarioParams p) {
        List<String> keys = new ArrayList<>();
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                keys.add("sectors." + s.name() + ".suppliers." + sp.name() + ".attractiveness");
            }
        }
        return keys;
    }

    private static void rows(StringBuilder csv, ScenarioParams p, ShareFit.Round round) {
        int g = 0;
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                csv.append(String.format(Locale.ROOT, "%d,%s,%s,%.6g,%.6g,%.6g%n", round.number(),
                        uk.cxsim.output.Csv.quote(s.name()), uk.cxsim.output.Csv.quote(sp.name()), sp.marketShare(),
                        round.shares()[g], round.attractiveness()[g]));
                g++;
            }
        }
    }
}
