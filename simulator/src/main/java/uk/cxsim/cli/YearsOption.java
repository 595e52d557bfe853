package uk.cxsim.cli;

import picocli.CommandLine.Option;

import uk.cxsim.errors.UserInputException;
import uk.cxsim.model.Clock;
import uk.cxsim.scenario.KeyOverride;

/**
 * {@code --years N}: whole measured years, 1 to 20, with the default of the command that mixes it in.
 * It sets the scenario's measured days, so {@code --days} beside it is bad input.
 */
final class YearsOption {
    @Option(names = "--years", paramLabel = "N") private int value;

    YearsOption(int byDefault) {
        this.value = byDefault;
    }

    /** Stops the command (bad input) if --years is out of range or --days was given too. */
    void check(ScenarioOptions options) {
        OptionCheck.between("--years", value, 1, 20);
        if (options.days != null) {
            throw new UserInputException("--days does not apply here: use --years");
        }
    }

    /** The measured years asked for, else the command's default. */
    int count() {
        return value;
    }

    /** The scenario's measured days, as --years sets them. */
    KeyOverride days() {
        return KeyOverride.option("--years", "days", Clock.daysInYears(value));
    }
}
