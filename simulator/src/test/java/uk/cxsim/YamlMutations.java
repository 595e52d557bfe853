package uk.cxsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Broken YAML for property tests: a real file of the project with a few lines deleted, duplicated or swapped,
 * values replaced by wrong types or extreme numbers, unknown keys, broken indentation, anchors and aliases, or
 * binary junk.
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

    private YamlMutations() {
    }

    /** The text of every {@code *.yaml} file directly in {@code folder}. */
    public static List<String> texts(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<String> out = new ArrayList<>();
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of {@code originals} with one to four mutations applied. */
    public static Arbitrary<String> of(List<String> originals) {
        Arbitrary<String> base = Arbitraries.of(originals);
        return Combinators.combine(base, mutation().list().ofMinSize(1).ofMaxSize(4))
                .as((text, mutations) -> {
                    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                    for (Mutation m : mutations) {
                        m.apply(lines);
                    }
                    return String.join("\n", lines);
                });
    }

    /** Text that is YAML in places: junk characters of every kind, in short lines. */
    public static Arbitrary<String> junk() {
        Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> yamlish = Arbitraries.strings().withChars(":-[]{}&*!|>'\"#%@` \t\n?,").ofMaxLength(40);
        return Arbitraries.oneOf(chars, yamlish).list().ofMaxSize(8).map(l -> String.join("\n", l));
    }

    private interface Mutation {
        void apply(List<String> lines);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Mutation> delete = at.map(i -> lines -> lines.remove(i % lines.size()));
        Arbitrary<Mutation> duplicate = at.map(i -> lines -> lines.add(i % lines.size(), lines.get(i % lines.size())));
        Arbitrary<Mutation> swap = Combinators.combine(at, at).as((i, j) -> lines -> {
            String a = lines.get(i % lines.size());
            lines.set(i % lines.size(), lines.get(j % lines.size()));
            lines.set(j % lines.size(), a);
        });
        Arbitrary<Mutation> oddValue = Combinators.combine(at, Arbitraries.of(ODD_VALUES))
                .as((i, v) -> lines -> replaceValue(lines, i, v));
        Arbitrary<Mutation> hugeOrNegative = Combinators.combine(at, Arbitraries.oneOf(
                        Arbitraries.longs().map(Object::toString),
                        Arbitraries.doubles().map(Object::toString),
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                                .map(Object::toString)))
                .as((i, v) -> lines -> replaceValue(lines, i, v));
        Arbitrary<Mutation> unknownKey = Combinators.combine(at, Arbitraries.strings().alpha().ofMinLength(1)
                        .ofMaxLength(12)).as((i, k) -> lines -> {
                    int n = i % lines.size();
                    lines.add(n, indent(lines.get(n)) + k + ": 1");
                });
        Arbitrary<Mutation> indentation = Combinators.combine(at, Arbitraries.integers().between(-4, 5))
                .as((i, d) -> lines -> {
                    int n = i % lines.size();
                    String l = lines.get(n);
                    lines.set(n, d >= 0 ? " ".repeat(d) + l : l.substring(Math.min(-d, indent(l).length())));
                });
        Arbitrary<Mutation> tab = at.map(i -> lines -> lines.set(i % lines.size(), "\t" + lines.get(i % lines.size())));
        Arbitrary<Mutation> aliases = Arbitraries.of(
                "self: &self [*self]",
                "self: &self {a: *self}",
                "a: &a [x, y]\nb: [*a, *a, *a]",
                "<<: {customers: 5}",
                laughs(25, 2),
                laughs(9, 10),
                "deep: " + "[".repeat(120) + "]".repeat(120),
                "deep: " + "{a: ".repeat(120) + "1" + "}".repeat(120))
                .map(block -> lines -> lines.add(block));
        Arbitrary<Mutation> binary = Combinators.combine(at, Arbitraries.strings().all().ofMinLength(1)
                        .ofMaxLength(20)).as((i, junk) -> lines -> {
                    int n = i % lines.size();
                    String l = lines.get(n);
                    int cut = i % (l.length() + 1);
                    lines.set(n, l.substring(0, cut) + junk + l.substring(cut));
                });
        Arbitrary<Mutation> truncate = at.map(i -> lines -> {
            int keep = i % lines.size();
            lines.subList(keep, lines.size()).clear();
            if (lines.isEmpty()) {
                lines.add("");
            }
        });
        return Arbitraries.oneOf(delete, duplicate, swap, oddValue, oddValue, hugeOrNegative, unknownKey,
                indentation, tab, aliases, binary, truncate).map(m -> lines -> {
                    if (lines.isEmpty()) {
                        lines.add("");
                    }
                    m.apply(lines);
                    if (lines.isEmpty()) {
                        lines.add("");
                    }
                });
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
            int colon = l.indexOf(": ");
            if (colon > 0 && !l.trim().startsWith("#")) {
                lines.set(n, l.substring(0, colon + 2) + value);
                return;
            }
        }
    }

    private static String indent(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return line.substring(0, k);
    }
}
