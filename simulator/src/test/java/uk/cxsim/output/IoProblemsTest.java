package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class IoProblemsTest {

    @Test
    void fileErrorsThatCarryOnlyThePathGetAReason() {
        assertEquals("permission denied (/data/out)", IoProblems.describe(new AccessDeniedException("/data/out")));
        assertEquals("no such file or folder, or none can be made there (/x/y)",
                IoProblems.describe(new NoSuchFileException("/x/y")));
        assertEquals("Read-only file system (/mnt/cd)",
                IoProblems.describe(new FileSystemException("/mnt/cd", null, "Read-only file system")));
        assertEquals("No space left on device", IoProblems.describe(new IOException("No space left on device")));
        assertEquals("IOException", IoProblems.describe(new IOException()));
    }

    @Test
    void anOutputFolderWhereNoneCanBeMadeSaysWhy() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc, where no folder can be made");
        OutputException e = assertThrows(OutputException.class, () -> RunFolder.prepare(proc.resolve("out")));
        assertTrue(e.getMessage().startsWith("cannot write to output folder /proc/out: no such file or folder, or "
                + "none can be made there (/proc/.out.partial-"), e.getMessage());
    }
}
