package uk.cxsim.scenario;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a target is for. Only calibration targets are fitted; held-out ones are evidence the fit never saw and are
 * judged once, afterwards; a held-out target that later motivated a change of the model is relabelled
 * used-in-development; an input check restates a value the scenario sets and counts towards no pass total; a
 * verification checks the model against itself or theory.
 */
public enum TargetRole {
    CALIBRATION("calibration"),
    HELD_OUT("held-out"),
    USED_IN_DEVELOPMENT("used-in-development"),
    INPUT("input"),
    /** A check of the model itself (a steady state, the queue against theory), not of evidence. */
    VERIFICATION("verification");

    private final String key;

    TargetRole(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The role a targets file names; null when the name is not one of them. */
    public static TargetRole of(String key) {
        for (TargetRole r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        return null;
    }

    /** The role names, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(TargetRole::key).collect(Collectors.joining(", "));
    }
}
