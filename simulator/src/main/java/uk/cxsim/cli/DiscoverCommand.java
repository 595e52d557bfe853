package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.discovery.DiscoveryQuestion;
import uk.cxsim.experiment.discovery.PrimBox;
import uk.cxsim.experiment.discovery.PrimSettings;
import uk.cxsim.experiment.discovery.PrimTrajectory;
import uk.cxsim.workflow.Discovery;
import uk.cxsim.workflow.DiscoveryInputs;

/** {@code cxsim discover}: PRIM scenario discovery on a table cxsim wrote (sweep.csv, ensemble.csv, ...). */
@Command(name = "discover")
public final class DiscoverCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE") Path file;
    @Option(names = "--outcome", required = true, paramLabel = "COLUMN") String outcome;
    @Option(names = "--below", paramLabel = "X") Double below;
    @Option(names = "--above", paramLabel = "X") Double above;
    @Option(names = "--inputs", split = ",", paramLabel = "COLUMN") List<String> inputs = new ArrayList<>();
    @Option(names = "--threshold", paramLabel = "D") double threshold = PrimSettings.DEFAULTS.threshold();
    @Option(names = "--box", paramLabel = "N") Integer box;
    @Option(names = "--boxes", paramLabel = "K") int boxes = 1;
    @Option(names = "--peel-alpha", paramLabel = "A") double peelAlpha = PrimSettings.DEFAULTS.peelAlpha();
    @Option(names = "--paste-alpha", paramLabel = "A") double pasteAlpha = PrimSettings.DEFAULTS.pasteAlpha();
    @Option(names = "--mass-min", paramLabel = "M") double massMin = PrimSettings.DEFAULTS.massMin();
    @Option(names = "--no-pasting") boolean noPasting;
    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--quiet") boolean quiet;

    @Override
    public Integer call() {
        DiscoveryQuestion question = question();
        PrimSettings settings = settings();
        OptionCheck.atLeast("--boxes", boxes, 1);
        if (box != null) {
            OptionCheck.atLeast("--box", box, 0);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.csv$", "");
        Path target = out.orDefault("discover", stem);
        Discovery.Outcome found = Discovery.run(new Discovery.Request(file, question, inputs, settings, boxes, box,
                target), Console.warnings(spec));
        if (!quiet) {
            print(out(), question, found.inputs(), found.skipped(), found.trajectories(),
                    target);
        }
        return 0;
    }

    private DiscoveryQuestion question() {
        if ((below == null) == (above == null)) {
            throw new UserInputException("give exactly one of --below X or --above X (the level that makes a run "
                    + "one of interest)");
        }
        double level = below != null ? below : above;
        if (!Double.isFinite(level)) {
            throw new UserInputException("--" + (below != null ? "below" : "above") + " must be a finite number");
        }
        return new DiscoveryQuestion(outcome, below != null, level);
    }

    private PrimSettings settings() {
        try {
            return new PrimSettings(peelAlpha, pasteAlpha, massMin, threshold, !noPasting);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage());
        }
    }

    private static void print(PrintWriter o, DiscoveryQuestion q, DiscoveryInputs chosen, int skipped,
                              List<PrimTrajectory> found, Path target) {
        o.printf("Inputs (%s): %s%n", chosen.source(), String.join(", ", chosen.inputs()));
        if (!chosen.leftOut().isEmpty()) {
            o.printf("Left out (text columns; discover restricts numeric inputs only): %s%n",
                    String.join(", ", chosen.leftOut()));
        }
        if (skipped > 0) {
            o.printf("%d rows left out: %s or an input was empty%n", skipped, q.outcome());
        }
        for (PrimTrajectory t : found) {
            if (t.chosen().isPresent()) {
                o.printf("Box %d: %s%n", t.number(), q.describe(t.chosen().get()));
            } else {
                PrimBox densest = t.steps().get(t.steps().size() - 1);
                o.printf("Box %d: none reaches the density asked for; the densest (step %d) has %s in %s of its runs."
                        + " Lower --threshold or choose a step with --box%n", t.number(), densest.step(), q.words(),
                        DiscoveryQuestion.percent(densest.density()));
            }
        }
        o.printf("Wrote %sboxes.json, trajectory.csv and charts/%n", Console.displayPath(target));
        o.flush();
    }
}
