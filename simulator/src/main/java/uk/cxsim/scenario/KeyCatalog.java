package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario key the binder reads, with its type, allowed range, default and meaning: the reference the
 * page docs/keys.md prints and {@code cxsim keys} shows. Recorded while binding, so it cannot drift from the code.
 */
public final class KeyCatalog {
    /**
     * One key. {@code pattern} uses placeholders such as {@code <sector>} for named entries; {@code min} and
     * {@code max} bound a number (null for other types), {@code choices} lists the words a choice allows.
     */
    public record Key(String pattern, String type, String allowed, String defaultValue, String description,
                      Double min, Double max, List<String> choices) {
    }

    private final Map<String, Key> keys = new LinkedHashMap<>();

    void record(String pattern, String type, String allowed, String defaultValue, String description) {
        keys.putIfAbsent(pattern, new Key(pattern, type, allowed, defaultValue, description, null, null, List.of()));
    }

    void recordNumber(String pattern, String type, String allowed, String defaultValue, String description,
                      double min, double max) {
        keys.putIfAbsent(pattern, new Key(pattern, type, allowed, defaultValue, description, min, max, List.of()));
    }

    void recordChoice(String pattern, String allowed, String defaultValue, String description, List<String> choices) {
        keys.putIfAbsent(pattern, new Key(pattern, "one of", allowed, defaultValue, description, null, null,
                List.copyOf(choices)));
    }

    /** The key of this pattern, if the binder reads it. */
    public java.util.Optional<Key> key(String pattern) {
        return java.util.Optional.ofNullable(keys.get(pattern));
    }

    public List<Key> keys() {
        return new ArrayList<>(keys.values());
    }

    /** A Markdown table of every key. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| key | type | allowed | default | meaning |\n|---|---|---|---|---|\n");
        for (Key k : keys.values()) {
            sb.append("| `").append(k.pattern()).append("` | ").append(k.type()).append(" | ").append(k.allowed())
                    .append(" | ").append(k.defaultValue()).append(" | ").append(k.description()).append(" |\n");
        }
        return sb.toString();
    }
}
