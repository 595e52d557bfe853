package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.report.BoardPack;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.scenario.TargetFile;

/** {@code cxsim report}: (re)draws an output folder's charts and writes its self-contained report.html. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.html (self-contained: opens from disk, no network) and the charts for a run or "
                + "comparison folder; with --pptx, the board pack too.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of cxsim run or cxsim compare")
    Path dir;

    @Option(names = "--targets", paramLabel = "FILE", description = "Evidence shown beside the results (default: "
            + TargetFile.DEFAULT_FILE + ")")
    Path targets;

    @Option(names = "--pptx", description = "Also write board-pack.pptx: title, headline, key charts, the what-if and "
            + "business-case table, and the assumptions")
    boolean pptx;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("report: no folder " + dir);
        }
        Path report = ReportWriter.write(dir, targets == null ? TargetFile.loadDefault() : TargetFile.load(targets));
        spec.commandLine().getOut().println("Wrote " + report);
        if (pptx) {
            spec.commandLine().getOut().println("Wrote " + BoardPack.write(dir));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
