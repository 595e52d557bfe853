package uk.cxsim;

import static uk.cxsim.SeededCases.show;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Named;

import uk.cxsim.scenario.KeyCatalog;
import uk.cxsim.scenario.Scenarios;

/**
 * {@code --set key=value} texts for property tests: real keys and made-up ones, sensible and odd values.
 * {@link #random} draws one, {@link #edges} writes out the edge cases.
 */
public final class Overrides {
    /** Texts that are nearly {@code key=value}: empty key parts, no value, no key, two equals signs. */
    public static final List<String> MALFORMED = List.of("=", "=1", ".=1", "..=1", "a.=1", ".a=1", "a..b=1", " = ",
            "customers", "customers==5", "sectors.Banking=", "sectors=[]", "sectors.Banking.=1");
    /** The characters of made-up keys. */
    private static final String KEY_CHARS = "abcXYZ. _-<>[]*&!";

    private Overrides() {
    }

    /**
     * One override: eight times in ten a real or made-up key with an odd value, a double or any text; once in ten
     * any text of up to thirty characters; once in ten one of {@link #MALFORMED}.
     */
    public static String random(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind < 8) {
            String key = r.nextBoolean() ? SeededCases.pick(r, realKeys())
                    : SeededCases.string(r, KEY_CHARS, 1, 15);
            String value = switch (r.nextInt(3)) {
                case 0 -> SeededCases.pick(r, YamlMutations.ODD_VALUES);
                case 1 -> Double.toString(SeededCases.anyDouble(r));
                default -> SeededCases.anyString(r, 0, 20);
            };
            return key + "=" + value;
        }
        return kind == 8 ? SeededCases.anyString(r, 0, 30) : SeededCases.pick(r, MALFORMED);
    }

    /**
     * The edge cases of {@link #random}: each of {@link #MALFORMED}; no text, each of
     * {@link SeededCases#CHAR_EDGES} alone and thirty characters of junk; every real key set to a word, and each
     * number key to its least and greatest value and one beyond each, each choice key to each of its choices;
     * each of {@link YamlMutations#ODD_VALUES}, the extreme doubles, each extreme character and twenty characters
     * of junk as the value of the first key of type number, and of the first key of one other type (each type in
     * turn); made-up keys of one character and of fifteen.
     */
    public static List<Named<String>> edges() {
        List<String> texts = new ArrayList<>(MALFORMED);
        texts.add("");
        texts.addAll(SeededCases.CHAR_EDGES);
        texts.add(junk(30));

        Map<String, String> firstOfType = new LinkedHashMap<>();
        for (KeyCatalog.Key k : Scenarios.catalog().keys()) {
            String key = fill(k.pattern());
            firstOfType.putIfAbsent(k.type(), key);
            texts.add(key + "=lots");
            if (k.min() != null) {
                for (double v : new double[] {k.min() - 1, k.min(), k.max(), k.max() + 1}) {
                    texts.add(key + "=" + number(v));
                }
            }
            k.choices().forEach(c -> texts.add(key + "=" + c));
        }
        List<String> values = new ArrayList<>(YamlMutations.ODD_VALUES);
        SeededCases.DOUBLE_EDGES.forEach(v -> values.add(v.toString()));
        values.addAll(SeededCases.CHAR_EDGES);
        values.add(junk(20));
        List<String> typeKeys = List.copyOf(firstOfType.values());
        for (int k = 0; k < values.size(); k++) {
            texts.add(firstOfType.get("number") + "=" + values.get(k));
            texts.add(typeKeys.get(k % typeKeys.size()) + "=" + values.get(k));
        }
        for (String key : List.of("a", ".", "<", "*", "&", "!", " ", KEY_CHARS.substring(0, 15))) {
            texts.add(key + "=1");
        }
        return texts.stream().map(t -> Named.of(show(t), t)).toList();
    }

    /** A whole number without a decimal point, else the double as Java writes it. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** {@code n} characters cycling through {@link SeededCases#CHAR_EDGES} and the characters of keys. */
    private static String junk(int n) {
        StringBuilder sb = new StringBuilder();
        String all = String.join("", SeededCases.CHAR_EDGES) + KEY_CHARS + "=";
        for (int k = 0; k < n; k++) {
            sb.append(all.charAt(k * 7 % all.length()));
        }
        return sb.toString();
    }

    /** The catalogue's keys with the placeholders filled by names of the small test scenario. */
    private static List<String> realKeys() {
        return RealKeys.KEYS;
    }

    /** The catalogue's keys, read once (binding the baseline takes a while). */
    private static final class RealKeys {
        static final List<String> KEYS = Scenarios.catalog().keys().stream().map(k -> fill(k.pattern())).toList();
    }

    private static String fill(String pattern) {
        return pattern.replaceAll("<sector>", "Banking").replaceAll("<supplier>", "Old Bank")
                .replaceAll("<[^>]*>", "x");
    }
}
