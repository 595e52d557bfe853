package uk.cxsim.cli;

import picocli.CommandLine.Mixin;

/**
 * What every command that simulates takes: the scenario's size, length, seed and key overrides
 * ({@link ScenarioOptions}), and the threads and whether to stay quiet ({@link ExecutionOptions}).
 */
final class SimulationOptions {
    @Mixin ScenarioOptions scenario = new ScenarioOptions();
    @Mixin ExecutionOptions execution = new ExecutionOptions();
}
