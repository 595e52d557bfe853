package uk.cxsim.cli;

import picocli.CommandLine.Mixin;

/**
 * What a command that measures whole years of a scenario takes: {@code --years}, {@code --replications} and the
 * simulation options ({@code --days} is refused beside {@code --years}), checked together.
 */
final class MeasuredYearsOptions {
    @Mixin YearsOption years;
    @Mixin ReplicationsOption replications;
    @Mixin SimulationOptions sim = new SimulationOptions();

    /** {@code years} measured years and {@code replications} replications unless the options say otherwise. */
    MeasuredYearsOptions(int years, int replications) {
        this.years = new YearsOption(years);
        this.replications = new ReplicationsOption(replications);
    }

    /** Stops the command (bad input) on --years out of range or beside --days, or too few replications or threads. */
    void check() {
        years.check(sim.scenario);
        replications.check();
        sim.execution.check();
    }
}
