package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.execution.SavedReplications;
import uk.cxsim.output.RunFolder;
import uk.cxsim.workflow.Build;
import uk.cxsim.workflow.RunRequest;

/** {@code cxsim resume}: finishes a run that was stopped, from the checkpoints it saved. */
@Command(name = "resume")
public final class ResumeCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DIR") Path dir;
    @Mixin ExecutionOptions execution = new ExecutionOptions();

    @Override
    public Integer call() {
        execution.check();
        Consumer<String> warnings = Console.warnings(spec);
        // a refused build must not also be told to resume with this one (the folder's parting advice)
        AtomicBoolean otherBuild = new AtomicBoolean();
        try (RunFolder folder = RunFolder.resume(dir, line -> {
            if (!otherBuild.get()) {
                warnings.accept(line);
            }
        })) {
            RunRequest request = RunRequest.readFrom(folder.checkpoints());
            String build = Build.current();
            if (!request.build().equals(build)) {
                otherBuild.set(true);
                throw new UserInputException("the run into " + folder.target() + " was started by cxsim "
                        + request.build() + " and this is " + build + "; finish it with that build, or run it again");
            }
            if (!execution.quiet) {
                out().printf("Resuming %s (%s, started %s)%n", folder.target(),
                        request.scenario().params().name(), request.startedAt());
            }
            RunCommand.complete(folder, request,
                    new SavedReplications(folder.checkpoints(), request.checkpointEveryDays()), execution, spec, true);
        }
        return 0;
    }
}
