package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.ScenarioParams;

/** Spin-ups kept per sector: made once, shared, and made again by a waiting run when their maker is stopped. */
class SpinUpsTest {
    private static final ScenarioParams START = TestScenarios.small();

    @Test
    void sectorsAlreadySpunUpAreSharedAndOnlyTheOthersAreMade() {
        SpinUps kept = SpinUps.kept();
        SpinUps.Done energy = new SpinUps.Done(null, new int[] {1}, 10, 0);
        assertEquals(List.of(energy), kept.get(START, 0, new int[] {1}, s -> energy));
        SpinUps.Done banks = new SpinUps.Done(null, new int[] {0}, 20, 0);
        int[][] asked = new int[1][];
        List<SpinUps.Done> both = kept.get(START, 0, new int[] {0, 1}, s -> {
            asked[0] = s;
            return banks;
        });
        assertEquals(List.of(banks, energy), both);
        assertEquals(List.of(0), java.util.Arrays.stream(asked[0]).boxed().toList(), "only the banks are made");
        assertEquals(List.of(banks), kept.get(START, 0, new int[] {0}, s -> {
            throw new AssertionError("kept");
        }));
    }

    @Test
    void aRunWaitingOnASpinUpWhoseMakerIsStoppedMakesItItself() throws Exception {
        SpinUps kept = SpinUps.kept();
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch stop = new CountDownLatch(1);
        Thread stopped = new Thread(() -> assertThrows(CancellationException.class, () ->
                kept.get(START, 0, new int[] {0}, s -> {
                    making.countDown();
                    await(stop);
                    throw new CancellationException("the run was stopped");
                })));
        stopped.start();
        assertTrue(making.await(30, TimeUnit.SECONDS));
        SpinUps.Done own = new SpinUps.Done(null, new int[] {0}, 5, 0);
        AtomicReference<List<SpinUps.Done>> got = new AtomicReference<>();
        Thread waiting = new Thread(() -> got.set(kept.get(START, 0, new int[] {0}, s -> own)));
        waiting.start();
        // the second run waits on the first one's spin-up before that one is stopped
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (waiting.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Thread.State.WAITING, waiting.getState());
        stop.countDown();
        stopped.join(30_000);
        waiting.join(30_000);
        assertSame(own, got.get().get(0), "made again by the run that waited");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
