package uk.cxsim.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only changes made to an output before it is compared with its golden copy: each replaces, by a fixed
 * placeholder in angle brackets, a value that legitimately differs from one run of the same command to the next,
 * and nothing else. Found by running every golden case more than once (in separate JVMs, at 1 and at 2 threads,
 * under the en and de-DE locales and two time zones) and diffing; every other byte is compared as written.
 *
 * <ol>
 * <li><b>The case's temporary folder</b>, absolute, in every text and on the console ({@code Wrote <tmp>/out/},
 * {@code --out <tmp>/out}) becomes {@code <tmp>}: JUnit makes a new one for every run.</li>
 * <li><b>The path from the output folder to the simulator module</b>, relative
 * ({@code ../../../work/cxsim/simulator}), becomes {@code <module>}; ensemble.yaml names its scenario and targets
 * relative to its own folder, so the path depends on where the temporary folder and the checkout are (YAML
 * outputs only).</li>
 * <li><b>The simulator module's absolute path</b> ({@code /work/cxsim/simulator}) becomes {@code <module>}:
 * sweep and sensitivity record their scenario's absolute path in batch.json, which depends on the checkout.</li>
 * <li><b>run.json's {@code startedAt}, {@code wallSeconds}, {@code gitCommit}, {@code java} and
 * {@code threads}</b> (top-level keys only), and the same five rows of report.html's "About this run" table,
 * become {@code "<startedAt>"}, {@code "<wallSeconds>"}, ... (in HTML {@code &lt;startedAt&gt;}, ...): the clock,
 * the elapsed time, the commit checked out (with {@code +local-changes} while editing), the JDK running the tests
 * and the {@code --threads} asked for are a record of how the run was made, not of its results. The thread count
 * is the one value that differs between the 1- and 2-thread runs; no result does.</li>
 * <li><b>Charts embedded in an HTML report</b> ({@code data:image/png;base64,...}) become
 * {@code data:image/png;base64,<png>}: the PNG bytes depend on the fonts and antialiasing of the machine (and on
 * its locale, which draws the axes' numbers), so charts are compared by name only, as the chart files are.</li>
 * <li><b>The wall-clock seconds and thread count in ensemble.yaml's heading comment</b>
 * ({@code ; 6 s on 2 threads.}) become {@code ; <seconds> s on <threads> threads.}, for the same reasons as in
 * run.json.</li>
 * <li><b>Elapsed seconds printed on the console</b>: run's {@code Wrote DIR in 5.3 s (simulating 1.5 s; tables,
 * charts and report 3.9 s)} and calibrate --ensemble's {@code (2 replications of 2,000 customers, 6 s)} become
 * {@code <seconds>}; they are printed in the default locale, so a decimal comma is matched too.</li>
 * <li><b>The date on the board pack's title slide</b> ({@code | 6 December 2026}) becomes {@code | <date>}: it is
 * the day the pack was written.</li>
 * </ol>
 *
 * Not a normalisation but the setting the outputs are made in: the tests make en-GB the default locale
 * ({@link GoldenOutputsTest#inBritishEnglish()}), as the board pack's slides carry the default locale as their
 * language tag and validate's table heading groups digits in it.
 *
 * <p>PNG and SVG charts are never compared by content (only their names, in files.txt), and a board pack is compared by
 * its slides' XML, not its zip bytes (which carry the time each entry was written): see {@link GoldenOutputsTest}.
 */
final class GoldenNormalisation {
    private static final Pattern RUN_MANIFEST = Pattern.compile(
            "(?m)^(  \"(startedAt|wallSeconds|gitCommit|java|threads)\": )[^,\\n]*");
    private static final Pattern ABOUT_THIS_RUN = Pattern.compile(
            "<tr><td>(startedAt|wallSeconds|gitCommit|java|threads)</td><td>[^<]*</td></tr>");
    private static final Pattern EMBEDDED_PNG = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");
    private static final Pattern ENSEMBLE_WALL = Pattern.compile("(?m)^(# .*; )\\d+ s on \\d+ threads\\.");
    private static final Pattern RUN_WROTE = Pattern.compile(
            "(?m)^(Wrote .* in )[0-9.,]+( s \\(simulating )[0-9.,]+( s; tables, charts and report )[0-9.,]+( s\\))$");
    private static final Pattern ENSEMBLE_SUMMARY = Pattern.compile(
            "(?m)^(\\d+ evaluations in \\d+ waves \\(\\d+ replications of [0-9,]+ customers, )\\d+( s\\): )");
    private static final Pattern SLIDE_DATE = Pattern.compile(
            "(  \\|  )\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                    + "December) \\d{4}(</a:t>)");

    private GoldenNormalisation() {
    }

    /**
     * {@code text}, written as {@code name} (a path relative to the output folder, or {@code console.txt}), with the
     * values above replaced.
     *
     * @param tmp    the case's temporary folder, holding its output folder {@code out}
     * @param out    the output folder
     * @param module the simulator module, the directory the tests run in
     */
    static String apply(String name, String text, Path tmp, Path out, Path module) {
        String s = paths(name, text, tmp, out, module);
        if (name.endsWith("run.json")) {
            s = RUN_MANIFEST.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"<" + m.group(2)
                    + ">\""));
        }
        if (name.endsWith(".html")) {
            s = ABOUT_THIS_RUN.matcher(s).replaceAll("<tr><td>$1</td><td>&lt;$1&gt;</td></tr>");
            s = EMBEDDED_PNG.matcher(s).replaceAll(Matcher.quoteReplacement("data:image/png;base64,<png>"));
        }
        if (name.endsWith("ensemble.yaml")) {
            s = ENSEMBLE_WALL.matcher(s).replaceAll("$1<seconds> s on <threads> threads.");
        }
        if (name.equals("console.txt")) {
            s = RUN_WROTE.matcher(s).replaceAll("$1<seconds>$2<seconds>$3<seconds>$4");
            s = ENSEMBLE_SUMMARY.matcher(s).replaceAll("$1<seconds>$2");
        }
        if (name.matches(".*\\.pptx\\.slides/slide\\d+\\.xml")) {
            s = SLIDE_DATE.matcher(s).replaceAll("$1<date>$3");
        }
        return s;
    }

    /** Normalisations 1 to 3, longest first, so that no placeholder is put inside a longer path. */
    private static String paths(String name, String text, Path tmp, Path out, Path module) {
        String s = text.replace(tmp.toAbsolutePath().normalize().toString(), "<tmp>");
        if (name.endsWith(".yaml")) {
            String relative = out.toAbsolutePath().normalize().relativize(module.toAbsolutePath().normalize())
                    .toString();
            s = s.replace(relative + "/", "<module>/");
        }
        return s.replace(module.toAbsolutePath().normalize().toString(), "<module>");
    }
}
