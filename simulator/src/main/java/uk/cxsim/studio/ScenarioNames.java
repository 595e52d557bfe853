package uk.cxsim.studio;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a scenario or what-if may be called in the studio: lower-case letters, digits and '-', starting with a
 * letter or digit, at most 64 characters; never a name some file system reserves for a device. The same name is the
 * file's stem, so it is safe as a file name on every system.
 */
final class ScenarioNames {
    static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final String RULE = "1 to 64 lower-case letters, digits or '-', starting with a letter or digit";
    private static final Pattern DEVICE = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private ScenarioNames() {
    }

    static boolean valid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }

    /** A name a device holds on some system (Windows' {@code con}, {@code nul}, {@code com1}...). */
    static boolean reserved(String name) {
        return DEVICE.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** The name as an error may quote it: at most 64 characters, control characters dropped. */
    static String quoted(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        return "'" + (clean.length() > 64 ? clean.substring(0, 64) + "..." : clean) + "'";
    }

    /** The stem of a scenario file name ({@code x.yaml} gives {@code x}), or null if it is not a YAML file. */
    static String stem(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length()) : null;
    }
}
