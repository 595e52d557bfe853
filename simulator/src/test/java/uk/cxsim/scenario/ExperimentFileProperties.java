package uk.cxsim.scenario;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.cxsim.FuzzFolder;
import uk.cxsim.FuzzedInputs;

/** Broken experiment and targets files either load or are refused with a {@link ScenarioException} of one line. */
class ExperimentFileProperties extends FuzzedInputs {
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void mutatedExperimentLoadsOrIsRefusedInOneLine(String yaml) {
        Path file = folder.resolve("experiments/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> ExperimentFile.load(file));
    }

    static Stream<Named<String>> mutatedExperimentLoadsOrIsRefusedInOneLine() {
        return experiments(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void mutatedTargetsLoadOrAreRefusedInOneLine(String yaml) {
        Path file = folder.resolve("targets/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> TargetFile.load(file));
    }

    static Stream<Named<String>> mutatedTargetsLoadOrAreRefusedInOneLine() {
        return targets(300);
    }
}
