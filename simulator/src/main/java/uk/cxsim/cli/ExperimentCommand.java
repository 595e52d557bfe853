package uk.cxsim.cli;

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

import uk.cxsim.scenario.ExperimentFile;

/**
 * {@code cxsim experiment}: reruns an experiment saved as YAML (run, compare, sweep, sensitivity, calibrate, ensemble,
 * or discover on a table an earlier experiment wrote).
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run an experiment described in a YAML file (scenarios/experiments/*.yaml), so a design can "
                + "be saved, shared and repeated.")
public final class ExperimentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment YAML file")
    Path file;

    @Mixin
    OutputOption out = new OutputOption("Output folder (default: outputs/experiments/<file>/<timestamp>; give an "
            + "existing sweep or sensitivity folder to resume it)");

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores)")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar or summary")
    boolean quiet;

    @Option(names = "--dry-run", description = "Print the command the experiment stands for, and stop")
    boolean dryRun;

    @Override
    public Integer call() {
        ExperimentFile experiment = ExperimentFile.load(file);
        List<String> args = new ArrayList<>(experiment.arguments());
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        args.add("--out");
        args.add(out.orDefault("experiments", stem).toString());
        if (threads != null && experiment.simulates()) {
            args.add("--threads");
            args.add(threads.toString());
        }
        if (quiet) {
            args.add("--quiet");
        }
        if (dryRun) {
            spec.commandLine().getOut().println("cxsim " + String.join(" ", args.stream()
                    .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        return spec.parent().commandLine().execute(args.toArray(String[]::new));
    }
}
