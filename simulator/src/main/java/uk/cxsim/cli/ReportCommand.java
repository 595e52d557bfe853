package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.report.BoardPack;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.scenario.TargetFile;

/** {@code cxsim report}: (re)draws an output folder's charts and writes its self-contained report.html. */
@Command(name = "report")
public final class ReportCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR") Path dir;
    @Option(names = "--targets", paramLabel = "FILE") Path targets;
    @Option(names = "--pptx") boolean pptx;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("report: no folder " + dir);
        }
        Path report = ReportWriter.write(dir, targets == null ? TargetFile.loadDefault() : TargetFile.load(targets));
        out().println("Wrote " + report);
        if (pptx) {
            out().println("Wrote " + BoardPack.write(dir));
        }
        out().flush();
        return 0;
    }
}
