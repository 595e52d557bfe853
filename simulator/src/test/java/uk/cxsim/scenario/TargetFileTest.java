package uk.cxsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets files: roles, bands and natural experiments, and the one-line errors a mistake in them gets. */
class TargetFileTest {
    @TempDir
    Path dir;

    private TargetSet read(String targets) throws IOException {
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, "name: t\ntargets:\n" + targets);
        return TargetFile.load(file);
    }

    private String error(String targets) {
        return assertThrows(ScenarioException.class, () -> read(targets)).getMessage();
    }

    @Test
    void aTargetIsFittedUnlessItSaysOtherwise() throws IOException {
        TargetSet set = read("""
                  - {name: a, metric: abandonRate, expected: 0.05, tolerance: 0.01}
                  - {name: b, metric: abandonRate, expected: 0.05, band: [0.03, 0.08], role: held-out}
                  - {name: c, metric: meanMinutesTrappedInIvr, expected: 9.5, relativeTolerance: 0.1, role: input}
                """);
        assertEquals(List.of("a"), set.fitted().stream().map(Target::name).toList());
        Target.Value b = (Target.Value) set.targets().get(1);
        assertEquals(TargetRole.HELD_OUT, b.role());
        assertEquals(0.03, b.band().low());
        assertEquals(0.08, b.band().high());
        assertEquals(0.005, b.discrepancy(), 1e-12, "10% of the observed value unless stated");
        Target.Value c = (Target.Value) set.targets().get(2);
        assertEquals(8.55, c.band().low(), 1e-9);
        assertEquals("+/- 10%", c.band().label());
    }

    @Test
    void anUnknownRoleIsNamedWithTheAllowedOnes() {
        String message = error("  - {name: a, metric: abandonRate, expected: 0.05, tolerance: 0.01, role: holdout}\n");
        assertTrue(message.contains("targets[0].role") && message.contains("'holdout'")
                && message.contains("calibration, held-out, used-in-development, input, verification"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aBandWithLowAboveHighIsRefused() {
        String message = error("  - {name: a, metric: abandonRate, expected: 0.05, band: [0.08, 0.03]}\n");
        assertTrue(message.contains("targets[0].band") && message.contains("low (0.08) is above high (0.03)"),
                message);
    }

    @Test
    void aBandMustHoldTheObservation() {
        String message = error("  - {name: a, metric: abandonRate, expected: 0.1, band: [0.03, 0.08]}\n");
        assertTrue(message.contains("must contain the expected value 0.1"), message);
    }

    @Test
    void aTargetNeedsExactlyOneBand() {
        String message = error("  - {name: a, metric: abandonRate, expected: 0.05, tolerance: 0.01, "
                + "band: [0.03, 0.08]}\n");
        assertTrue(message.contains("exactly one of tolerance, relativeTolerance or band"), message);
    }

    @Test
    void aNaturalExperimentCannotBeFitted() {
        String message = error("  - {name: a, metric: abandonRate, expected: 0.05, tolerance: 0.01, "
                + "whatIf: x.yaml}\n");
        assertTrue(message.contains("targets[0].whatIf") && message.contains("held-out"), message);
    }

    @Test
    void theShippedTargetsKeepHeldOutEvidenceOutOfTheFit() {
        TargetSet all = TargetFile.loadDefaultWithHeldOut();
        assertTrue(all.targets().stream().anyMatch(t -> t.role() == TargetRole.HELD_OUT));
        assertTrue(all.fitted().stream().allMatch(t -> t.role() == TargetRole.CALIBRATION));
        assertTrue(all.targets().stream().filter(t -> t instanceof Target.Value v && v.whatIf() != null)
                .allMatch(t -> t.role() == TargetRole.HELD_OUT), "the natural experiment is held out");
    }
}
