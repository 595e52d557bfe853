package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.experiment.calibration.ShareFit;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.RunFolder;
import uk.cxsim.workflow.ShareFitting;

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
        ShareFitting.Request request = new ShareFitting.Request(measure.sim.scenario.named(scenario), scenario,
                List.of(measure.years.days()), measure.years.count(), measure.replications.count(),
                measure.sim.execution.threads, rounds, step, tolerance);
        ScenarioParams stated = ShareFitting.stated(request);
        Path target = out.orDefault("fit-shares", stated.name());
        try (RunFolder folder = RunFolder.prepare(target, Console.warnings(spec));
             ProgressCounter progress = ProgressCounter.onTerminal("fit-shares", rounds, "rounds",
                     measure.sim.execution.quiet)) {
            ShareFitting.Fitted fitted = ShareFitting.fit(request, stated, round -> {
                progress.stepTo(round.number());
                progress.extra(String.format(Locale.UK, "largest change %.2f%% a year", round.largestChangePct()));
            });
            progress.close();
            ShareFitting.write(request, stated, fitted, folder);
            if (!measure.sim.execution.quiet) {
                PrintWriter o = out();
                o.printf(Locale.UK, "%s after %d rounds: the largest change of a supplier's relationships is "
                        + "%.2f%% a year%n", fitted.result().converged() ? "Fitted" : "Not within the tolerance",
                        fitted.result().rounds().size(), fitted.last().largestChangePct());
                if (!fitted.heldAtBound().isEmpty()) {
                    o.printf(Locale.UK, "At the bound of brand attractiveness (ln stated share +/- %s), no brand holds "
                            + "the share of: %s%n", ShareFit.BRAND_RANGE, fitted.heldAtBound());
                }
                o.printf("Wrote %s (shares.yaml runs as a scenario)%n", Console.displayPath(folder.target()));
            }
        }
        return 0;
    }
}
