package uk.cxsim.scenario;

import java.nio.file.Path;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import uk.cxsim.FuzzFolder;
import uk.cxsim.FuzzedInputs;
import uk.cxsim.TestScenarios;

/** Broken experiment and targets files either load or are refused with a {@link ScenarioException} of one line. */
class ExperimentFileProperties extends FuzzedInputs {
    @Property(tries = 300, seed = "20261123")
    void mutatedExperimentLoadsOrIsRefusedInOneLine(@ForAll("experiments") String yaml) {
        Path file = folder.resolve("experiments/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> ExperimentFile.load(file));
    }

    @Property(tries = 300, seed = "20261123")
    void mutatedTargetsLoadOrAreRefusedInOneLine(@ForAll("targets") String yaml) {
        Path file = folder.resolve("targets/fuzz.yaml");
        FuzzFolder.write(file, yaml, false);
        FuzzFolder.loadsOrIsRefusedInOneLine(() -> TargetFile.load(file));
    }
}
