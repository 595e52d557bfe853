package uk.cxsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.discovery.DiscoveryQuestion;
import uk.cxsim.experiment.discovery.PrimBox;
import uk.cxsim.experiment.discovery.PrimSettings;
import uk.cxsim.experiment.discovery.PrimTrajectory;
import uk.cxsim.workflow.Discovery;
import uk.cxsim.workflow.DiscoveryInputs;

/** {@code cxsim discover}: PRIM scenario discovery on a table cxsim wrote (sweep.csv, ensemble.csv, ...). */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Find the ranges of inputs where an outcome falls below (or rises above) a level, with PRIM "
                + "(patient rule induction, as in EMA Workbench), in any table of runs cxsim wrote; writes boxes.json, "
                + "trajectory.csv and a coverage/density chart.")
public final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A table of runs, one per row (sweep.csv, ...)")
    Path file;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "The numeric column asked about")
    String outcome;

    @Option(names = "--below", paramLabel = "X", description = "Runs of interest: outcome strictly below X")
    Double below;

    @Option(names = "--above", paramLabel = "X", description = "Runs of interest: outcome strictly above X")
    Double above;

    @Option(names = "--inputs", split = ",", paramLabel = "COLUMN", description = "Columns the boxes may restrict "
            + "(default: the parameters a sweep varied, from its batch.json; else every numeric column that varies)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "D", description = "Density the chosen box must reach "
            + "(default ${DEFAULT-VALUE})")
    double threshold = PrimSettings.DEFAULTS.threshold();

    @Option(names = "--box", paramLabel = "N", description = "Choose step N of the first trajectory yourself "
            + "(see trajectory.csv) instead of the last reaching --threshold")
    Integer box;

    @Option(names = "--boxes", paramLabel = "K", description = "Find up to K boxes, each on the runs the earlier ones "
            + "left (default ${DEFAULT-VALUE})")
    int boxes = 1;

    @Option(names = "--peel-alpha", paramLabel = "A", description = "Share of a box's runs one peel removes "
            + "(default ${DEFAULT-VALUE})")
    double peelAlpha = PrimSettings.DEFAULTS.peelAlpha();

    @Option(names = "--paste-alpha", paramLabel = "A", description = "Share of the runs beyond an edge one paste adds "
            + "(default ${DEFAULT-VALUE})")
    double pasteAlpha = PrimSettings.DEFAULTS.pasteAlpha();

    @Option(names = "--mass-min", paramLabel = "M", description = "Smallest share of all runs a box may hold "
            + "(default ${DEFAULT-VALUE})")
    double massMin = PrimSettings.DEFAULTS.massMin();

    @Option(names = "--no-pasting", description = "Keep the peeled box as it is")
    boolean noPasting;

    @Mixin
    OutputOption out = new OutputOption("Output folder (default: outputs/discover/<table>/<timestamp>)");

    @Option(names = "--quiet", description = "Print nothing but errors")
    boolean quiet;

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
            print(spec.commandLine().getOut(), question, found.inputs(), found.skipped(), found.trajectories(),
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
