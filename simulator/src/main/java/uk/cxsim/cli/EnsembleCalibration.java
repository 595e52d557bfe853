package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import uk.cxsim.experiment.calibration.Calibration;
import uk.cxsim.experiment.calibration.HistoryMatching;
import uk.cxsim.experiment.calibration.Implausibility;
import uk.cxsim.experiment.calibration.MatchedPoint;
import uk.cxsim.scenario.ParameterBinding;
import uk.cxsim.workflow.EnsembleMatching;

/** {@code cxsim calibrate --ensemble K} on the terminal: a progress bar while the matching runs, then a summary. */
final class EnsembleCalibration {
    private EnsembleCalibration() {
    }

    static int run(EnsembleMatching.Job job, Calibration calibration, HistoryMatching.Settings settings,
                   PrintWriter o) {
        EnsembleMatching.Outcome outcome;
        try (ProgressCounter progress = ProgressCounter.onTerminal("ensemble", settings.maxEvaluations(), "runs",
                job.quiet())) {
            outcome = EnsembleMatching.run(job, calibration, settings, (point, members) -> {
                progress.stepTo(point.index());
                progress.extra(String.format(Locale.UK, "wave %d, %d of %d members", point.wave(), members,
                        settings.members()));
            });
        }
        if (!job.quiet()) {
            summary(o, job, outcome, settings);
        }
        return 0;
    }

    private static void summary(PrintWriter o, EnsembleMatching.Job job, EnsembleMatching.Outcome outcome,
                                HistoryMatching.Settings settings) {
        HistoryMatching.Result result = outcome.result();
        List<ParameterBinding> bindings = outcome.bindings();
        double wall = outcome.wallSeconds();
        long plausible = result.points().stream().filter(MatchedPoint::plausible).count();
        o.printf(Locale.UK, "%d evaluations in %d waves (%d replications of %,d customers, %.0f s): %d plausible "
                        + "(implausibility <= %.0f), %d members%n", result.evaluations(), result.waves(),
                job.replications(), job.base().customers(), wall, plausible, Implausibility.CUTOFF,
                result.members().size());
        if (result.members().size() < settings.members()) {
            o.printf(Locale.UK, "Found %d of the %d members asked for within %d evaluations; raise "
                            + "--max-evaluations or narrow --around to find more.%n", result.members().size(),
                    settings.members(), settings.maxEvaluations());
        }
        if (!result.members().isEmpty()) {
            o.println("Ranges across the members:");
            for (int k = 0; k < bindings.size(); k++) {
                int dim = k;
                double lo = result.members().stream().mapToDouble(p -> p.values()[dim]).min().orElseThrow();
                double hi = result.members().stream().mapToDouble(p -> p.values()[dim]).max().orElseThrow();
                o.printf(Locale.UK, "  %-60s %.4g to %.4g%n", bindings.get(k).label(), lo, hi);
            }
        }
        o.printf("Wrote %s%s%n", Console.displayPath(outcome.folder()), result.members().isEmpty() ? " (no member: no "
                + "ensemble.yaml)" : " (ensemble.yaml lists the members as overlays of the scenario)");
        o.flush();
    }
}
