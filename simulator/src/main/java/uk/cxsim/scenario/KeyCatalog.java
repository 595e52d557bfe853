package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario key the binder reads, with its type, allowed range, default and meaning: the reference the
 * README prints and {@code cxsim keys} shows. Recorded while binding, so it cannot drift from the code.
 */
public final class KeyCatalog {
    /** One key. {@code pattern} uses placeholders such as {@code <sector>} for named entries. */
    public record Key(String pattern, String type, String allowed, String defaultValue, String description) {
    }

    private final Map<String, Key> keys = new LinkedHashMap<>();

    void record(String pattern, String type, String allowed, String defaultValue, String description) {
        keys.putIfAbsent(pattern, new Key(pattern, type, allowed, defaultValue, description));
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
