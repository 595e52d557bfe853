package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.experiment.calibration.ShareFit;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.Csv;
import uk.cxsim.output.Formats;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.LoadedScenario;
import uk.cxsim.scenario.ScenarioOverlay;

/**
 * {@code cxsim fit-shares}: fits each supplier's attractiveness so that the scenario's stated market shares stand
 * still; writes the values as a scenario overlay (shares.yaml) and every round (fit.csv).
 */
@Command(name = "fit-shares")
public final class FitSharesCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO") Path scenario;
    @Mixin MeasuredYearsOptions measure = new MeasuredYearsOptions(1, 2);
    @Option(names = "--rounds", paramLabel = "N") int rounds = 12;
    @Option(names = "--step", paramLabel = "S") double step = 1;
    @Option(names = "--tolerance", paramLabel = "PERCENT") double tolerance = 0.5;
    @Mixin OutputOption out = new OutputOption();

    @Override
    public Integer call() {
        measure.check();
        OptionCheck.between("--rounds", rounds, 1, 100);
        OptionCheck.require(step > 0 && step <= 2, "--step", "in (0, 2]", step);
        OptionCheck.require(tolerance > 0, "--tolerance", "above 0", tolerance);
        LoadedScenario stated = measure.sim.scenario.load(scenario);
        ScenarioParams p = stated.params();
        List<String> keys = attractivenessKeys(p);
        Path target = out.orDefault("fit-shares", p.name());
        PrintWriter o = out();
        StringBuilder csv = new StringBuilder(
                "round,sector,supplier,statedShare,startRelationships,started,ended,changePctPerYear,attractiveness\n");
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec));
             ProgressCounter progress = ProgressCounter.onTerminal("fit-shares", rounds, "rounds",
                     measure.sim.execution.quiet)) {
            ShareFit.Result result = ShareFit.fit(p, a -> atAttractiveness(a, keys), measure.replications.count(),
                    measure.sim.execution.threads, rounds, step, tolerance, round -> {
                        progress.stepTo(round.number());
                        progress.extra(String.format(Locale.UK, "largest change %.2f%% a year",
                                round.largestChangePct()));
                        rows(csv, p, round);
                    });
            progress.close();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int g = 0; g < keys.size(); g++) {
                values.put(keys.get(g), Double.parseDouble(String.format(Locale.ROOT, "%.5f",
                        result.attractiveness()[g])));
            }
            ShareFit.Round last = result.rounds().get(result.rounds().size() - 1);
            String header = String.format(Locale.UK, "# Each supplier's attractiveness fitted by cxsim fit-shares "
                    + "so that the stated market shares stand still%n# (relationships started equal those ended): %d "
                    + "rounds of %d measured years, %,d customers x %d replications,%n# step %s; in the last round the "
                    + "largest change of a supplier's relationships was %.2f%% a year (%s).%n", result.rounds().size(),
                    measure.years.count(), p.customers(), measure.replications.count(), step, last.largestChangePct(),
                    result.converged() ? "within the tolerance" : "not within the tolerance");
            String bound = heldAtBound(p, result.attractiveness());
            if (!bound.isEmpty()) {
                header += String.format(Locale.UK, "# At the bound of ln(stated share) +/- %s, so no brand holds its "
                        + "share: %s.%n", ShareFit.BRAND_RANGE, bound);
            }
            folder.writeText("shares.yaml", ScenarioOverlay.yaml(header, target.toAbsolutePath().normalize()
                    .relativize(scenario.toAbsolutePath().normalize()).toString(), Map.of("name", p.name()
                    + "-shares"), values));
            folder.writeText("fit.csv", csv.toString());
            folder.commit();
            if (!measure.sim.execution.quiet) {
                o.printf(Locale.UK, "%s after %d rounds: the largest change of a supplier's relationships is "
                        + "%.2f%% a year%n", result.converged() ? "Fitted" : "Not within the tolerance",
                        result.rounds().size(), last.largestChangePct());
                if (!bound.isEmpty()) {
                    o.printf(Locale.UK, "At the bound of brand attractiveness (ln stated share +/- %s), no brand holds "
                            + "the share of: %s%n", ShareFit.BRAND_RANGE, bound);
                }
                o.printf("Wrote %s (shares.yaml runs as a scenario)%n", Console.displayPath(folder.target()));
            }
        }
        return 0;
    }

    /** The scenario at this attractiveness, measured for {@code --years}. */
    private ScenarioParams atAttractiveness(double[] attractiveness, List<String> keys) {
        List<String> brands = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            brands.add(keys.get(g) + "=" + attractiveness[g]);
        }
        List<KeyOverride> overrides = new ArrayList<>(KeyOverride.set(brands));
        overrides.add(measure.years.days());
        return measure.sim.scenario.loadWith(scenario, overrides).params();
    }

    /** The suppliers whose attractiveness sits at a bound, as "sector / supplier", comma-separated. */
    private static String heldAtBound(ScenarioParams p, double[] attractiveness) {
        boolean[] at = ShareFit.atBound(p, attractiveness);
        List<String> names = new ArrayList<>();
        int g = 0;
        for (SectorParams s : p.sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                if (at[g++]) {
                    names.add(s.name() + " / " + sp.name());
                }
            }
        }
        return String.join(", ", names);
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
                csv.append(round.number()).append(',').append(Csv.join(List.of(s.name(), sp.name(),
                        Formats.csv(sp.marketShare()), Formats.csv(round.start()[g]), Formats.csv(round.started()[g]),
                        Formats.csv(round.ended()[g]), Formats.csv(round.changePctPerYear()[g]),
                        Formats.csv(round.attractiveness()[g])))).append('\n');
                g++;
            }
        }
    }
}
