package uk.cxsim;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import uk.cxsim.scenario.KeyCatalog;
import uk.cxsim.scenario.Scenarios;

/** {@code --set key=value} texts for property tests: real keys and made-up ones, sensible and odd values. */
public final class Overrides {
    private Overrides() {
    }

    public static Arbitrary<String> arbitrary() {
        Arbitrary<String> key = Arbitraries.oneOf(realKeys(), madeUpKeys());
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(YamlMutations.ODD_VALUES),
                Arbitraries.doubles().map(Object::toString), Arbitraries.strings().all().ofMaxLength(20));
        Arbitrary<String> pair = Combinators.combine(key, value).as((k, v) -> k + "=" + v);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, pair),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("=", "=1", ".=1", "..=1", "a.=1", ".a=1", "a..b=1",
                        " = ", "customers", "customers==5", "sectors.Banking=", "sectors=[]", "sectors.Banking.=1")));
    }

    /** The catalogue's keys with the placeholders filled by names of the small test scenario. */
    private static Arbitrary<String> realKeys() {
        KeyCatalog catalog = Scenarios.catalog();
        List<String> keys = new ArrayList<>();
        for (KeyCatalog.Key k : catalog.keys()) {
            keys.add(k.pattern().replaceAll("<sector>", "Banking").replaceAll("<supplier>", "Old Bank")
                    .replaceAll("<[^>]*>", "x"));
        }
        return Arbitraries.of(keys);
    }

    private static Arbitrary<String> madeUpKeys() {
        return Arbitraries.strings().withChars("abcXYZ. _-<>[]*&!").ofMinLength(1).ofMaxLength(15);
    }
}
