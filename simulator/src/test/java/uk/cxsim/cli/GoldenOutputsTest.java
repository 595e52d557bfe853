package uk.cxsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: each case runs cxsim commands on a small, fast input into a temporary folder and compares what
 * they wrote with the copy committed under {@code src/test/resources/golden/<case>/}, so that a change meant to
 * change nothing (a refactoring) can show that it did not change a byte.
 *
 * <p>A case's golden folder holds
 * <ul>
 * <li>{@code console.txt}: each command as run (its {@code --threads} shown as {@code <threads>}), its exit code,
 * and what it printed on standard output and standard error. The commands run without {@code --quiet}, so the
 * summaries they print (the figures, the business case, the validate table and JSON, the discovered boxes) are
 * pinned too; no progress bar is drawn, as the tests have no console.</li>
 * <li>{@code files.txt}: the name of every file the commands wrote, charts included;</li>
 * <li>{@code out/}: every JSON, CSV, YAML and HTML file they wrote, compared byte for byte, and each PowerPoint file's
 * slides, {@code out/NAME.pptx.slides/slideN.xml}, compared by their XML (the zip's own bytes carry the time each
 * entry was written). PNG and SVG charts are compared by name only (files.txt): their bytes depend on the fonts and
 * antialiasing of the machine that drew them. A file of any other kind fails the test until a rule is added here.</li>
 * </ul>
 * The inputs that are not the project's own scenarios are in {@code src/test/resources/golden-inputs/}.
 *
 * <p>Before comparing, the few values that differ from one run to the next (clock times, elapsed seconds, temporary
 * paths, the commit and JDK, the thread count asked for) are replaced by placeholders; {@link GoldenNormalisation}
 * lists every one and why. Nothing else is skipped.
 *
 * <p>The tests run with en-GB as the default locale (see {@link #inBritishEnglish()}), whatever the machine's.
 *
 * <p>When a case runs several commands into one folder (compare, then report --pptx), no later command may write
 * again differently a file an earlier one wrote: the report drawn again is the one compare drew.
 *
 * <p>Every case that simulates runs twice, with {@code --threads 1} and {@code --threads 2}, and both must equal the
 * same golden files: results do not depend on the thread count. (discover runs once: it has no --threads.) On a
 * mismatch the test names each differing file with its first differing line (and column), and leaves the normalised
 * outputs in {@code target/golden-actual/<case>/threads-N/} to diff against the golden folder.
 *
 * <h2>Regenerating the golden files</h2>
 * When a change is meant to change an output (a new column, a reworded line), regenerate the golden files on purpose:
 * <pre>
 * mvn -B -o -pl simulator test -Dtest='Golden*' -Dcxsim.golden.update=true
 * </pre>
 * With {@code cxsim.golden.update=true} each case writes its golden folder afresh from the 1-thread run (files no
 * longer written are removed), still checks the 2-thread run against it, and then fails with a message naming the
 * files it changed, added and removed, so an update is never silent. Run the tests again without the property to see
 * them pass, review {@code git diff src/test/resources/golden}, and commit the regenerated files in a commit of their
 * own that lists the golden files changed and why.
 */
class GoldenOutputsTest {
    /** Set to {@code true} to write the golden files instead of comparing with them. */
    static final String UPDATE_PROPERTY = "cxsim.golden.update";

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final String INPUTS = "src/test/resources/golden-inputs/";
    private static final String SMALL = "src/test/resources/scenarios/small.yaml";
    private static final String OUT = "{out}";
    private static final String THREADS = "{threads}";

    @TempDir
    Path dir;

    private Locale locale;
    private Locale formatLocale;
    private Locale displayLocale;

    /**
     * The outputs are those of a machine whose default locale is en-GB, the locale cxsim formats in, so that the
     * golden files hold on any machine: a few outputs still follow the default locale (the board pack's slides carry
     * it as their language tag, validate's table heading groups the customer count with it).
     */
    @BeforeEach
    void inBritishEnglish() {
        locale = Locale.getDefault();
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
    }

    @Test
    void run() {
        check("run", true, List.of(List.of("run", SMALL, "--customers", "3000", "--days", "20", "--replications", "2",
                "--threads", THREADS, "--out", OUT)));
    }

    /**
     * A what-if with ranges of each kind (priced again, priced again for base and what-if, run again), then the board
     * pack drawn from the comparison; the report the report command draws again must be the one compare drew.
     */
    @Test
    void compareWithRangesAndTheBoardPack() {
        check("compare-ranges", true, List.of(
                List.of("compare", SMALL, INPUTS + "crm-history.yaml", "--ranges", "--customers", "3000", "--days",
                        "20", "--replications", "2", "--threads", THREADS, "--out", OUT),
                List.of("report", OUT, "--pptx")));
    }

    /** The UK baseline, tiny, against the evidence (most checks fail at this size: exit code 1). */
    @Test
    void validateAsJson() {
        check("validate-json", true, List.of(validate("--format", "json")));
    }

    @Test
    void validateAsTable() {
        check("validate-table", true, List.of(validate()));
    }

    @Test
    void sweep() {
        check("sweep", true, List.of(List.of("sweep", SMALL, "--param", "people.toleranceMean=4:8:3", "--customers",
                "2000", "--days", "20", "--replications", "2", "--threads", THREADS, "--out", OUT)));
    }

    @Test
    void sensitivity() {
        check("sensitivity", true, List.of(List.of("sensitivity", SMALL, "--param", "people.toleranceMean=4:10",
                "--param", "people.patienceMinutes=2:20", "--trajectories", "2", "--bootstrap", "200", "--output",
                "costOfPoorServiceGbp", "--output", "abandonRate", "--customers", "2000", "--days", "20",
                "--threads", THREADS, "--out", OUT)));
    }

    /** History matching with a budget of 8 evaluations in waves of 4, which finds the 2 members asked for. */
    @Test
    void ensemble() {
        check("ensemble", true, List.of(List.of("calibrate", SMALL, "--targets", INPUTS + "ensemble-targets.yaml",
                "--ensemble", "2", "--wave-size", "4", "--around", "0.2", "--max-evaluations", "8",
                "--pilot-replications", "2", "--replications", "2", "--customers", "2000", "--days", "20", "--seed",
                "5", "--threads", THREADS, "--out", OUT)));
    }

    /** PRIM on a fixed table (golden-inputs/discover) where the outcome is low in one corner of two inputs. */
    @Test
    void discover() {
        check("discover", false, List.of(List.of("discover", INPUTS + "discover/sweep.csv", "--outcome", "loss",
                "--below", "0", "--boxes", "2", "--out", OUT)));
    }

    private static List<String> validate(String... format) {
        List<String> args = new ArrayList<>(List.of("validate", "--scenario", "../scenarios/uk-baseline.yaml",
                "--targets", "../scenarios/targets/uk-2009.yaml", "--customers", "2000", "--days", "20",
                "--replications", "2", "--no-queue", "--threads", THREADS));
        args.addAll(List.of(format));
        return args;
    }

    /**
     * Runs {@code commands} at 1 and 2 threads (once if {@code threaded} is false) and compares what they wrote with
     * the golden folder of {@code name}, or regenerates it when {@value #UPDATE_PROPERTY} is set.
     */
    private void check(String name, boolean threaded, List<List<String>> commands) {
        Path golden = GOLDEN.resolve(name);
        List<Integer> threadCounts = threaded ? List.of(1, 2) : List.of(0);
        Map<String, String> before = read(golden);
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        if (!update && before.isEmpty()) {
            fail("no golden files for case " + name + " in " + golden + "; write them with -D" + UPDATE_PROPERTY
                    + "=true");
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> expected = before;
        for (int threads : threadCounts) {
            Map<String, String> actual = outputs(name, threads, commands);
            if (update && threads == threadCounts.get(0)) {
                write(golden, actual);
                expected = actual;
                continue;
            }
            List<String> differences = differences(expected, actual);
            if (!differences.isEmpty()) {
                Path kept = ACTUAL.resolve(name).resolve("threads-" + threads);
                write(kept, actual);
                problems.add((threads == 0 ? "" : "at --threads " + threads + ", ") + differences.size()
                        + " golden file(s) differ (outputs kept in " + kept + "):\n  "
                        + String.join("\n  ", differences));
            }
        }
        if (!problems.isEmpty()) {
            fail("case " + name + (update ? " (regenerated from --threads 1)" : "") + ": "
                    + String.join("\n", problems));
        }
        if (update) {
            fail("regenerated the golden files of case " + name + " in " + golden + ": " + changes(before, expected)
                    + "; run the tests again without -D" + UPDATE_PROPERTY + " and commit the golden files on their "
                    + "own");
        }
    }

    /** What {@code commands} wrote and printed, normalised, by golden file name. */
    private Map<String, String> outputs(String name, int threads, List<List<String>> commands) {
        Path tmp = dir.resolve(name + "-threads-" + threads);
        Path out = tmp.resolve("out");
        Path module = Path.of("");
        StringBuilder console = new StringBuilder();
        Map<String, String> outputs = new TreeMap<>();
        Map<String, String> earlier = new TreeMap<>();
        try {
            Files.createDirectories(tmp);
            for (List<String> command : commands) {
                if (!console.isEmpty()) {
                    earlier.putAll(files(out, new ArrayList<>(), tmp, module));
                }
                String[] args = command.stream().map(a -> a.equals(OUT) ? out.toString()
                        : a.equals(THREADS) ? Integer.toString(threads) : a).toArray(String[]::new);
                if (threads == 0 && command.contains(THREADS)) {
                    throw new IllegalArgumentException("a case that runs once cannot name --threads");
                }
                CliHarness cli = new CliHarness();
                int code = cli.run(args);
                // the command as run, but with the thread count as the placeholder: it is the test's variable
                String said = command.stream().map(a -> a.equals(OUT) ? out.toString()
                        : a.equals(THREADS) ? "<threads>" : a).reduce((x, y) -> x + " " + y).orElse("");
                console.append("$ cxsim ").append(said).append('\n')
                        .append("exit code ").append(code).append('\n')
                        .append("--- standard output\n").append(cli.out)
                        .append("--- standard error\n").append(cli.err);
            }
            outputs.put("console.txt", GoldenNormalisation.apply("console.txt", console.toString(), tmp, out, module));
            List<String> names = new ArrayList<>();
            outputs.putAll(files(out, names, tmp, module));
            if (Files.isDirectory(out)) {
                outputs.put("files.txt", names.stream().map(f -> f + "\n").reduce("", String::concat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> e : earlier.entrySet()) {
            if (!e.getValue().equals(outputs.get(e.getKey()))) {
                fail("case " + name + ": " + e.getKey() + " was written again differently by "
                        + commands.get(commands.size() - 1) + ": " + firstDifference(e.getValue(),
                        outputs.getOrDefault(e.getKey(), "")));
            }
        }
        return outputs;
    }

    /** The golden files of the files in {@code out}, whose names (charts included) are added to {@code names}. */
    private static Map<String, String> files(Path out, List<String> names, Path tmp, Path module) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = slashes(out.relativize(f));
                    names.add(rel);
                    golden(rel, Files.readAllBytes(f), files, tmp, out, module);
                }
            }
        }
        return files;
    }

    /** Adds the golden files one output file gives: itself, its slides, or nothing (a chart, listed by name). */
    private static void golden(String rel, byte[] bytes, Map<String, String> outputs, Path tmp, Path out,
                               Path module) throws IOException {
        String ext = rel.substring(rel.lastIndexOf('.') + 1);
        switch (ext) {
            case "json", "csv", "yaml", "html" ->
                    outputs.put("out/" + rel, GoldenNormalisation.apply(rel, utf8(rel, bytes), tmp, out, module));
            case "pptx" -> {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().matches("ppt/slides/slide\\d+\\.xml")) {
                            String slide = rel + ".slides/" + e.getName().substring("ppt/slides/".length());
                            outputs.put("out/" + slide, GoldenNormalisation.apply(slide,
                                    utf8(slide, zip.readAllBytes()), tmp, out, module));
                        }
                    }
                }
            }
            case "png", "svg" -> {
                // compared by name only, in files.txt
            }
            default -> fail(rel + ": no golden rule for a ." + ext + " file; add one to GoldenOutputsTest");
        }
    }

    /** The golden files under {@code folder}, by path relative to it; empty if there are none. */
    private static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = slashes(folder.relativize(f));
                files.put(rel, utf8(rel, Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Replaces {@code folder} by {@code files}. */
    private static void write(Path folder, Map<String, String> files) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path f = folder.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each golden file missing, unexpected or different, with its first differing line. */
    static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String n : names) {
            String want = expected.get(n);
            String got = actual.get(n);
            if (got == null) {
                out.add(n + ": not written");
            } else if (want == null) {
                out.add(n + ": written, but has no golden copy");
            } else if (!want.equals(got)) {
                out.add(n + ": " + firstDifference(want, got));
            }
        }
        return out;
    }

    private static String firstDifference(String want, String got) {
        List<String> a = want.lines().toList();
        List<String> b = got.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                int c = 0;
                while (c < Math.min(x.length(), y.length()) && x.charAt(c) == y.charAt(c)) {
                    c++;
                }
                return "line " + (i + 1) + (Math.max(x.length(), y.length()) > WIDTH ? ", column " + (c + 1) : "")
                        + "\n      golden: " + around(x, c) + "\n      actual: " + around(y, c);
            }
        }
        return "line endings or the final newline differ";
    }

    private static final int WIDTH = 200;

    /** {@code line} whole if short, else the part around column {@code c} (a slide is one long line). */
    private static String around(String line, int c) {
        if (line.length() <= WIDTH) {
            return line;
        }
        int from = Math.max(0, c - WIDTH / 2);
        int to = Math.min(line.length(), from + WIDTH);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }

    private static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else if (!old.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
        if (changed.isEmpty() && added.isEmpty() && removed.isEmpty()) {
            return "no file changed";
        }
        return "changed " + changed + ", added " + added + ", removed " + removed;
    }

    /** {@code bytes} as UTF-8, refusing bytes that are not (a lenient decoding could hide a difference). */
    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not UTF-8 text", e);
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** The comparison itself: a changed line is found and named. */
    @Test
    void aDifferenceIsNamedWithItsLine() {
        List<String> d = differences(Map.of("a.csv", "x\ny\n", "b.csv", "same\n", "gone.csv", "1\n"),
                Map.of("a.csv", "x\nz\n", "b.csv", "same\n", "new.csv", "2\n"));
        assertEquals(List.of("a.csv: line 2\n      golden: y\n      actual: z", "gone.csv: not written",
                "new.csv: written, but has no golden copy"), d);
    }
}
