package uk.cxsim.scenario;

import java.util.List;

/**
 * One command-line override of a scenario key ({@code path.to.key=value}) and the option that gave it, so that a
 * bad value is reported under the option the user typed ({@code --customers}, not {@code --set customers}).
 */
public record KeyOverride(String option, String assignment) {
    public static final String SET = "--set";

    /** An override given as {@code --set path.to.key=value}. */
    public static KeyOverride set(String assignment) {
        return new KeyOverride(SET, assignment);
    }

    /** Overrides given as {@code --set}. */
    public static List<KeyOverride> set(List<String> assignments) {
        return assignments.stream().map(KeyOverride::set).toList();
    }

    /** An option that stands for one key, such as {@code --customers N} for {@code customers=N}. */
    public static KeyOverride option(String option, String key, Object value) {
        return new KeyOverride(option, key + "=" + value);
    }
}
