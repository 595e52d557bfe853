package uk.cxsim.output;

import java.nio.file.Path;

/** A process that prepares a run folder, says where it stages, and then waits to be killed. */
public final class StagingHolder {
    private StagingHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        RunFolder folder = RunFolder.prepare(Path.of(args[0]));
        System.out.println(folder.staging());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
