package uk.cxsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --param KEY=RANGE} (required, repeatable): the parameters a batch varies, with the value label of the
 * command that mixes it in, since each command reads a range its own way.
 */
final class ParamOption {
    @Option(names = "--param", required = true, paramLabel = "KEY=RANGE")
    private List<String> texts = new ArrayList<>();

    private final String paramLabel;

    ParamOption(String paramLabel) {
        this.paramLabel = paramLabel;
    }

    /** Gives --param the command's label for its value; picocli calls this as it mixes the option in. */
    @Spec(Spec.Target.MIXEE)
    void labelIn(CommandSpec command) {
        OptionWords.label(command, "--param", paramLabel);
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
