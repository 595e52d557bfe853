package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.model.params.ScenarioParams;

/** A run saved between two days and resumed, on any thread count, ends exactly as one that never stopped. */
class CheckpointTest {
    @Test
    void resumingFromAnyCheckpointGivesTheUninterruptedRun() throws IOException {
        ScenarioParams p = TestScenarios.small();
        byte[] uninterrupted = fingerprint(Simulation.run(p, 0, 1, ProgressListener.NONE));

        Kept kept = new Kept(7);
        byte[] checkpointed = fingerprint(Simulation.run(p, p, 0, 1, ProgressListener.NONE, kept));
        assertArrayEquals(uninterrupted, checkpointed, "taking checkpoints must not change the run");
        assertEquals((p.totalDays() - 1) / 7, kept.saved.size());

        for (int k = 0; k < kept.saved.size(); k++) {
            RunCheckpoint c = RunCheckpoint.readFrom(new ByteArrayInputStream(kept.saved.get(k)));
            assertEquals(7 * (k + 1), c.daysDone());
            int threads = k % 2 == 0 ? 2 : 1;
            byte[] resumed = fingerprint(Simulation.resume(c, threads, ProgressListener.NONE, CheckpointSink.NONE));
            assertArrayEquals(uninterrupted, resumed, "resumed after day " + c.daysDone() + " on " + threads
                    + " threads");
        }
    }

    @Test
    void aRunFromAnEquilibriumStartResumesExactly() throws IOException {
        ScenarioParams p = TestScenarios.baseline("customers=3000", "days=40", "warmupDays=10");
        assertTrue(p.startsFromEquilibrium(), "the baseline starts from a spin-up's equilibrium");
        byte[] uninterrupted = fingerprint(Simulation.run(p, 1, 2, ProgressListener.NONE));
        Kept kept = new Kept(20);
        Simulation.run(p, p, 1, 2, ProgressListener.NONE, kept);
        assertEquals((p.totalDays() - 1) / 20, kept.saved.size());
        RunCheckpoint c = RunCheckpoint.readFrom(new ByteArrayInputStream(kept.saved.get(kept.saved.size() - 1)));
        assertEquals(1, c.replication());
        assertArrayEquals(uninterrupted,
                fingerprint(Simulation.resume(c, 1, ProgressListener.NONE, CheckpointSink.NONE)));
    }

    @Test
    void aStreamThatIsNotACheckpointIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeUTF("something else");
        }
        assertThrows(IOException.class, () -> RunCheckpoint.readFrom(new ByteArrayInputStream(bytes.toByteArray())));
        Kept kept = new Kept(10);
        ScenarioParams p = TestScenarios.small();
        Simulation.run(p, p, 0, 1, ProgressListener.NONE, kept);
        byte[] cut = Arrays.copyOf(kept.saved.get(0), kept.saved.get(0).length / 2);
        assertThrows(IOException.class, () -> RunCheckpoint.readFrom(new ByteArrayInputStream(cut)));
    }

    /** The run's results with its timings set aside, as bytes: equal only if every figure is equal. */
    private static byte[] fingerprint(RunRecord r) throws IOException {
        RunRecord untimed = new RunRecord(r.params(), r.replication(), r.measured(), r.wholeRun(),
                r.initialCustomers(), r.measureStartCustomers(), r.measureStartByStage(), r.daily(), r.hourly(),
                r.segments(), r.events(), 0, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(untimed);
        }
        return bytes.toByteArray();
    }

    /** Keeps every checkpoint in memory. */
    private static final class Kept implements CheckpointSink {
        final int every;
        final List<byte[]> saved = new ArrayList<>();

        Kept(int every) {
            this.every = every;
        }

        @Override
        public int everyDays() {
            return every;
        }

        @Override
        public void save(RunCheckpoint checkpoint) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                checkpoint.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            saved.add(bytes.toByteArray());
        }
    }
}
