package uk.cxsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --param KEY=RANGE} (required, repeatable): the parameters a batch varies, with the value label and help text
 * of the command that mixes it in, since each command reads a range its own way.
 */
final class ParamOption {
    @Option(names = "--param", required = true, paramLabel = "KEY=RANGE", description = "A parameter and its values")
    private List<String> texts = new ArrayList<>();

    private final String paramLabel;
    private final String description;

    ParamOption(String paramLabel, String description) {
        this.paramLabel = paramLabel;
        this.description = description;
    }

    /** Gives --param the command's help text; picocli calls this as it mixes the option into the command. */
    @Spec(Spec.Target.MIXEE)
    void describeIn(CommandSpec command) {
        OptionWords.describe(command, "--param", paramLabel, description);
    }

    /** Each --param as written, in order. */
    List<String> texts() {
        return texts;
    }

    /** Each --param read by {@code parse}, in order. */
    List<RangeOption> ranges(Function<String, RangeOption> parse) {
        return texts.stream().map(parse).toList();
    }
}
