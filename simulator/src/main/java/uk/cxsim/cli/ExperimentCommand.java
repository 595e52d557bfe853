package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.scenario.ExperimentFile;

/**
 * {@code cxsim experiment}: reruns an experiment saved as YAML (run, compare, sweep, sensitivity, calibrate, ensemble,
 * or discover on a table an earlier experiment wrote).
 */
@Command(name = "experiment")
public final class ExperimentCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE") Path file;
    @Mixin OutputOption out = new OutputOption();
    @Option(names = "--threads", paramLabel = "N") Integer threads;
    @Option(names = "--quiet") boolean quiet;
    @Option(names = "--dry-run") boolean dryRun;

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
            out().println("cxsim " + String.join(" ", args.stream()
                    .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList()));
            out().flush();
            return 0;
        }
        return spec.parent().commandLine().execute(args.toArray(String[]::new));
    }
}
