package uk.cxsim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The cases of the property tests (the {@code *Properties} classes), for a {@code @ParameterizedTest(name = "{0}")}
 * with a {@code @MethodSource}: first the property's edge cases, written out, then a fixed number of random cases,
 * each drawn from its own {@link SplittableRandom}; and small generators for those cases.
 *
 * <h2>Seeds and replaying a case</h2>
 * The random cases of every property start from the root seed, {@value #DEFAULT_SEED}, so each run draws the same
 * cases. Case 0 is drawn with the root seed itself and each later case with the first {@code long} drawn from the seed
 * before it, so a case depends on its own seed alone. Each is named with its seed, e.g.
 * {@code case 17 (seed -4962768465676381896)}. The system property {@value #SEED_PROPERTY} sets another root seed; to
 * replay a failing case, give its seed and run its property alone:
 *
 * <pre>
 * mvn -B -q -pl simulator test -Dtest='ScenarioLoaderProperties#mutatedScenarioLoadsOrIsRefusedInOneLine' \
 *     -Dcxsim.seed=-4962768465676381896
 * </pre>
 *
 * The failing case is then case 0, and the cases that followed it follow it again. Any other {@code long} runs the
 * properties over other random cases. Edge cases are named {@code edge N: what it is} and are the same whatever the
 * seed. A test class that registers {@link NameFailures} has each failure begin with the case's name, so the seed
 * shows in Maven's summary of failures, which gives invocations by number only.
 */
public final class SeededCases {
    /** The system property that sets the root seed. */
    public static final String SEED_PROPERTY = "cxsim.seed";
    /** The root seed when {@value #SEED_PROPERTY} is not set. */
    public static final long DEFAULT_SEED = 20261123L;

    /** The extremes of {@code long}, and the values either side of 0 and of each extreme. */
    public static final List<Long> LONG_EDGES = List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L,
            Long.MAX_VALUE - 1, Long.MAX_VALUE);
    /** Finite {@code double} extremes: the largest, the smallest above 0, both zeros and one, with either sign. */
    public static final List<Double> DOUBLE_EDGES = List.of(-Double.MAX_VALUE, -1.0, -Double.MIN_NORMAL,
            -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, Double.MAX_VALUE);
    /** Characters at the ends of the range and of the surrogates, a control character and a space. */
    public static final List<String> CHAR_EDGES = List.of("\u0000", "\u0001", "\u001f", " ", "\u007f", "\uD800",
            "\uDFFF", "\uFFFE", "\uFFFF");
    /** The letters a to z in either case. */
    public static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private SeededCases() {
    }

    /** The root seed: {@value #SEED_PROPERTY} if set, else {@value #DEFAULT_SEED}. */
    public static long rootSeed() {
        String s = System.getProperty(SEED_PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a long, not " + s, e);
        }
    }

    /**
     * The {@code edges}, named {@code edge N: ...} in order, then {@code tries} random cases drawn by
     * {@code generator}, named {@code case N (seed S)}.
     */
    public static <T> Stream<Named<T>> cases(List<Named<T>> edges, int tries, Function<SplittableRandom, T> generator) {
        Stream<Named<T>> edgeCases = IntStream.range(0, edges.size())
                .mapToObj(i -> Named.of("edge " + i + ": " + edges.get(i).getName(), edges.get(i).getPayload()));
        return Stream.concat(edgeCases, random(tries, generator));
    }

    /** {@code tries} cases drawn by {@code generator} from the {@link #rootSeed()}, named {@code case N (seed S)}. */
    public static <T> Stream<Named<T>> random(int tries, Function<SplittableRandom, T> generator) {
        return random(rootSeed(), tries, generator);
    }

    /** {@code tries} cases drawn by {@code generator}, case 0 with {@code rootSeed}, named {@code case N (seed S)}. */
    public static <T> Stream<Named<T>> random(long rootSeed, int tries, Function<SplittableRandom, T> generator) {
        long[] seed = {rootSeed};
        return IntStream.range(0, tries).mapToObj(i -> {
            long s = seed[0];
            seed[0] = new SplittableRandom(s).nextLong();
            return Named.of("case " + i + " (seed " + s + ")", generator.apply(new SplittableRandom(s)));
        });
    }

    /** One of {@code values}, each as likely. */
    public static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** A list of {@code min} to {@code max} items drawn by {@code item}. */
    public static <T> List<T> list(SplittableRandom r, int min, int max, Function<SplittableRandom, T> item) {
        int n = r.nextInt(min, max + 1);
        List<T> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(item.apply(r));
        }
        return out;
    }

    /**
     * A string of {@code min} to {@code max} characters of any kind: half of them ASCII (control characters
     * included), the rest anywhere from {@code \u0000} to {@code \uFFFF}, lone surrogates included.
     */
    public static String anyString(SplittableRandom r, int min, int max) {
        int n = r.nextInt(min, max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append((char) (r.nextBoolean() ? r.nextInt(0x80) : r.nextInt(0x10000)));
        }
        return sb.toString();
    }

    /** A string of {@code min} to {@code max} characters, each one of {@code chars}. */
    public static String string(SplittableRandom r, String chars, int min, int max) {
        int n = r.nextInt(min, max + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    /** A {@code long}: small (within a thousand of 0) half of the time, else anywhere in the range. */
    public static long anyLong(SplittableRandom r) {
        return r.nextBoolean() ? r.nextLong(-1000, 1001) : r.nextLong();
    }

    /**
     * A finite {@code double}: a small number with two decimals a third of the time, a number between -1e6 and 1e6
     * a third of the time, else any finite bit pattern (subnormals and the extremes included).
     */
    public static double anyDouble(SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return r.nextInt(-10_000, 10_001) / 100.0;
            case 1:
                return r.nextDouble(-1e6, 1e6);
            default:
                double d;
                do {
                    d = Double.longBitsToDouble(r.nextLong());
                } while (!Double.isFinite(d));
                return d;
        }
    }

    /** An integer from {@code -bound} to {@code bound}. */
    public static BigInteger bigInteger(SplittableRandom r, BigInteger bound) {
        BigInteger span = bound.shiftLeft(1).add(BigInteger.ONE);
        byte[] bytes = new byte[span.bitLength() / 8 + 9];
        r.nextBytes(bytes);
        return new BigInteger(1, bytes).mod(span).subtract(bound);
    }

    /** Begins a failure's message with the name of the case that failed (which carries its seed). */
    public static final class NameFailures implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (failure instanceof TestAbortedException) {
                throw failure;
            }
            throw new AssertionError(context.getDisplayName() + ": " + failure, failure);
        }
    }

    /** {@code text} for a case's name: control characters, surrogates and non-ASCII escaped, at most 40 of them. */
    public static String show(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int k = 0; k < text.length(); k++) {
            if (k == 40) {
                sb.append("...(").append(text.length()).append(" chars)");
                break;
            }
            char c = text.charAt(k);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
