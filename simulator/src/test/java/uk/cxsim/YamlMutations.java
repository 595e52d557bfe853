package uk.cxsim;

import static uk.cxsim.SeededCases.show;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * Broken YAML for property tests: a real file of the project with a few lines deleted, duplicated or swapped,
 * values replaced by wrong types or extreme numbers, unknown keys, broken indentation, anchors and aliases, or
 * binary junk. {@link #mutated} draws one at random, {@link #edges} writes out the edge cases of every kind.
 */
public final class YamlMutations {
    /** Values of the wrong type or out of any sensible range, and YAML that means something surprising. */
    public static final List<String> ODD_VALUES = List.of("lots", "-1", "-0.5", "0", "1e308", "-1e308", "1e-320",
            "99999999999999999999999", "2147483648", "-9223372036854775809", ".nan", ".inf", "-.inf", "NaN",
            "0x7fffffff", "0o17", "1_000", "~", "null", "", "true", "no", "[1, 2]", "[]", "{}", "{a: 1}",
            "[[[[[[1]]]]]]", "'quoted'", "\"two\\nlines\"", "\"tab\\there\"", "&x [*x]", "*missing", "!!binary AAAA",
            "!!python/object:os.system x", "!<tag:yaml.org,2002:str> 3", "|\n  block\n  text", "@", "`", "%",
            "- a\n- b", "? x", "\u0000", "\u00e9t\u00e9", "\uD83D\uDE00", "\"\\u0000\"", "{", "[", "'unclosed",
            "<<: *missing");
    /** Blocks of anchors and aliases appended to a file: self references, merges, alias blow-ups, deep nesting. */
    public static final List<String> ALIAS_BLOCKS = List.of(
            "self: &self [*self]",
            "self: &self {a: *self}",
            "a: &a [x, y]\nb: [*a, *a, *a]",
            "<<: {customers: 5}",
            laughs(25, 2),
            laughs(9, 10),
            "deep: " + "[".repeat(120) + "]".repeat(120),
            "deep: " + "{a: ".repeat(120) + "1" + "}".repeat(120));
    /** The bound of the big integers put in as values: 10^40 either way. */
    private static final BigInteger BIG = BigInteger.TEN.pow(40);
    /** The largest line number drawn (taken modulo the file's length). */
    private static final int MAX_AT = 10_000;
    /** The YAML indicator characters and blanks, for junk that is YAML in places. */
    private static final String YAMLISH = ":-[]{}&*!|>'\"#%@` \t\n?,";

    private YamlMutations() {
    }

    /** The name and text of every {@code *.yaml} file directly in {@code folder}, by name. */
    public static Map<String, String> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of {@code originals} with one to four mutations drawn at random applied. */
    public static String mutated(SplittableRandom r, List<String> originals) {
        String text = SeededCases.pick(r, originals);
        return apply(text, SeededCases.list(r, 1, 4, YamlMutations::mutation));
    }

    /**
     * The edge cases of {@link #mutated}. For each of {@code originals} (name to text): the file as it is, emptied
     * and cut to its first line; its first and last lines (the last that is not blank) deleted, duplicated, swapped,
     * indented by -4, -1, 1 and 5 spaces and given a tab; unknown keys of one and of twelve letters before them; and
     * four mutations at once. Then, each in one of the files (in turn, so that each file gets some): each of
     * {@link #ODD_VALUES}, the extreme longs and doubles and plus and minus 10^40 as the value of the file's first
     * key and of its last key; the extreme characters and twenty characters of junk at the start of its first line
     * and at the end of its last; and each of {@link #ALIAS_BLOCKS} appended.
     */
    public static List<Named<String>> edges(Map<String, String> originals) {
        List<String> values = new ArrayList<>(ODD_VALUES);
        SeededCases.LONG_EDGES.forEach(v -> values.add(v.toString()));
        SeededCases.DOUBLE_EDGES.forEach(v -> values.add(v.toString()));
        values.add(BIG.negate().toString());
        values.add(BIG.toString());
        List<String> junk = new ArrayList<>(SeededCases.CHAR_EDGES);
        junk.add("\u0000\u0001\t\r\u007f\u0080\u00ff\u0100\uD800\uDBFF\uDC00\uDFFF\uE000\uFEFF\uFFFD"
                + "\uFFFE\uFFFF:-&*");
        int spread = values.size() + junk.size() + ALIAS_BLOCKS.size();

        List<Named<String>> out = new ArrayList<>();
        List<Map.Entry<String, String>> files = List.copyOf(originals.entrySet());
        for (int f = 0; f < files.size(); f++) {
            String name = files.get(f).getKey();
            String text = files.get(f).getValue();
            List<String> lines = List.of(text.split("\n", -1));
            int last = lines.size() - 1;
            while (last > 0 && lines.get(last).isBlank()) {
                last--;
            }
            int lastKey = last;
            while (lastKey > 0 && !isKeyLine(lines.get(lastKey))) {
                lastKey--;
            }
            List<Mutation> ms = new ArrayList<>();
            ms.add(truncate(0));
            ms.add(truncate(1));
            for (int at : new int[] {0, last}) {
                ms.add(delete(at));
                ms.add(duplicate(at));
                for (int d : new int[] {-4, -1, 1, 5}) {
                    ms.add(indentation(at, d));
                }
                ms.add(tab(at));
                ms.add(unknownKey(at, "a"));
                ms.add(unknownKey(at, "abcdefghijkl"));
            }
            ms.add(swap(0, last));
            for (int k = f; k < spread; k += files.size()) {
                if (k < values.size()) {
                    ms.add(value(0, values.get(k)));
                    ms.add(value(lastKey, values.get(k)));
                } else if (k < values.size() + junk.size()) {
                    String j = junk.get(k - values.size());
                    ms.add(insert(0, 0, j));
                    ms.add(insert(last, lines.get(last).length(), j));
                } else {
                    ms.add(append(ALIAS_BLOCKS.get(k - values.size() - junk.size())));
                }
            }
            out.add(Named.of(name + " as it is", text));
            for (Mutation m : ms) {
                out.add(Named.of(name + ", " + m.description(), apply(text, List.of(m))));
            }
            List<Mutation> four = List.of(delete(0), duplicate(last), value(0, "lots"), tab(last));
            out.add(Named.of(name + ", four at once: " + four.stream().map(Mutation::description).toList(),
                    apply(text, four)));
        }
        return out;
    }

    /** Text that is YAML in places: up to eight short lines of junk characters of every kind. */
    public static String junk(SplittableRandom r) {
        return String.join("\n", SeededCases.list(r, 0, 8, g -> g.nextBoolean()
                ? SeededCases.anyString(g, 0, 40)
                : SeededCases.string(g, YAMLISH, 0, 40)));
    }

    /**
     * The edge cases of {@link #junk}: no text; one empty line more; each YAML indicator and each of
     * {@link SeededCases#CHAR_EDGES} alone; eight lines of forty characters of YAML indicators, and of junk.
     */
    public static List<Named<String>> junkEdges() {
        List<Named<String>> out = new ArrayList<>();
        out.add(Named.of("no text", ""));
        out.add(Named.of("two empty lines", "\n"));
        for (char c : YAMLISH.toCharArray()) {
            out.add(Named.of(show(String.valueOf(c)), String.valueOf(c)));
        }
        for (String c : SeededCases.CHAR_EDGES) {
            out.add(Named.of(show(c), c));
        }
        String yamlLine = YAMLISH.repeat(3).substring(0, 40);
        out.add(Named.of("8 lines of 40 YAML indicators", String.join("\n", Collections.nCopies(8,
                yamlLine))));
        StringBuilder junkLine = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            junkLine.append(SeededCases.CHAR_EDGES.get(k % SeededCases.CHAR_EDGES.size()));
        }
        out.add(Named.of("8 lines of 40 extreme characters", String.join("\n", Collections.nCopies(8,
                junkLine.toString()))));
        return out;
    }

    /** {@code text} with {@code mutations} applied in turn. */
    private static String apply(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (Mutation m : mutations) {
            if (lines.isEmpty()) {
                lines.add("");
            }
            m.change().accept(lines);
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A change to a file's lines, and what it does, in words (lines counted from 1). Line numbers are taken modulo
     * the file's length, so any number names a line.
     */
    private record Mutation(String description, Consumer<List<String>> change) {
    }

    /** One mutation drawn at random; a wrong value twice as likely as each other kind. */
    private static Mutation mutation(SplittableRandom r) {
        int at = r.nextInt(MAX_AT + 1);
        switch (r.nextInt(12)) {
            case 0:
                return delete(at);
            case 1:
                return duplicate(at);
            case 2:
                return swap(at, r.nextInt(MAX_AT + 1));
            case 3:
            case 4:
                return value(at, SeededCases.pick(r, ODD_VALUES));
            case 5:
                return value(at, switch (r.nextInt(3)) {
                    case 0 -> Long.toString(SeededCases.anyLong(r));
                    case 1 -> Double.toString(SeededCases.anyDouble(r));
                    default -> SeededCases.bigInteger(r, BIG).toString();
                });
            case 6:
                return unknownKey(at, SeededCases.string(r, SeededCases.ALPHA, 1, 12));
            case 7:
                return indentation(at, r.nextInt(-4, 6));
            case 8:
                return tab(at);
            case 9:
                return append(SeededCases.pick(r, ALIAS_BLOCKS));
            case 10:
                return insert(at, at, SeededCases.anyString(r, 1, 20));
            default:
                return truncate(at);
        }
    }

    private static Mutation delete(int at) {
        return new Mutation("line " + (at + 1) + " deleted", lines -> lines.remove(at % lines.size()));
    }

    private static Mutation duplicate(int at) {
        return new Mutation("line " + (at + 1) + " duplicated",
                lines -> lines.add(at % lines.size(), lines.get(at % lines.size())));
    }

    private static Mutation swap(int i, int j) {
        return new Mutation("lines " + (i + 1) + " and " + (j + 1) + " swapped", lines -> {
            String a = lines.get(i % lines.size());
            lines.set(i % lines.size(), lines.get(j % lines.size()));
            lines.set(j % lines.size(), a);
        });
    }

    /** The value of the first {@code key: value} line at or after line {@code at} replaced by {@code value}. */
    private static Mutation value(int at, String value) {
        return new Mutation("value " + show(value) + " at the first key from line " + (at + 1),
                lines -> replaceValue(lines, at, value));
    }

    private static Mutation unknownKey(int at, String key) {
        return new Mutation("unknown key " + key + " before line " + (at + 1), lines -> {
            int n = at % lines.size();
            lines.add(n, indent(lines.get(n)) + key + ": 1");
        });
    }

    /** Line {@code at} indented by {@code d} more spaces, or by up to {@code -d} fewer. */
    private static Mutation indentation(int at, int d) {
        return new Mutation("line " + (at + 1) + " indented by " + d, lines -> {
            int n = at % lines.size();
            String l = lines.get(n);
            lines.set(n, d >= 0 ? " ".repeat(d) + l : l.substring(Math.min(-d, indent(l).length())));
        });
    }

    private static Mutation tab(int at) {
        return new Mutation("tab before line " + (at + 1),
                lines -> lines.set(at % lines.size(), "\t" + lines.get(at % lines.size())));
    }

    private static Mutation append(String block) {
        return new Mutation("appended " + show(block), lines -> lines.add(block));
    }

    /** {@code junk} put into line {@code at} after {@code cut} characters (modulo the line's length plus one). */
    private static Mutation insert(int at, int cut, String junk) {
        return new Mutation(show(junk) + " put into line " + (at + 1) + " after " + cut + " characters", lines -> {
            int n = at % lines.size();
            String l = lines.get(n);
            int c = cut % (l.length() + 1);
            lines.set(n, l.substring(0, c) + junk + l.substring(c));
        });
    }

    /** The file cut to its first {@code keep} lines (modulo its length). */
    private static Mutation truncate(int keep) {
        return new Mutation("cut to " + keep + " lines", lines -> lines.subList(keep % lines.size(), lines.size())
                .clear());
    }

    /** The billion laughs: {@code levels} lists each holding {@code width} aliases of the one before. */
    public static String laughs(int levels, int width) {
        StringBuilder sb = new StringBuilder("l0: &l0 [lol]\n");
        for (int k = 1; k <= levels; k++) {
            sb.append('l').append(k).append(": &l").append(k).append(" [");
            for (int w = 0; w < width; w++) {
                sb.append(w == 0 ? "" : ", ").append("*l").append(k - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** Replaces the value of the first {@code key: value} line at or after line {@code i}. */
    private static void replaceValue(List<String> lines, int i, String value) {
        for (int k = 0; k < lines.size(); k++) {
            int n = (i + k) % lines.size();
            String l = lines.get(n);
            if (isKeyLine(l)) {
                lines.set(n, l.substring(0, l.indexOf(": ") + 2) + value);
                return;
            }
        }
    }

    private static boolean isKeyLine(String line) {
        return line.indexOf(": ") > 0 && !line.trim().startsWith("#");
    }

    private static String indent(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return line.substring(0, k);
    }
}
