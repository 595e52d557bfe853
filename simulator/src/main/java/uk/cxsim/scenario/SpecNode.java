package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scenario tree read from YAML that remembers where every value came from. */
public sealed interface SpecNode permits SpecNode.Mapping, SpecNode.Sequence, SpecNode.Scalar {

    Source source();

    /** A copy that shares nothing mutable with this node. */
    SpecNode copy();

    /** A map of keys to nodes, in file order. */
    record Mapping(Source source, Map<String, SpecNode> entries) implements SpecNode {
        public Mapping(Source source) {
            this(source, new LinkedHashMap<>());
        }

        @Override
        public Mapping copy() {
            Map<String, SpecNode> m = new LinkedHashMap<>();
            entries.forEach((k, v) -> m.put(k, v.copy()));
            return new Mapping(source, m);
        }
    }

    record Sequence(Source source, List<SpecNode> items) implements SpecNode {
        @Override
        public Sequence copy() {
            List<SpecNode> l = new ArrayList<>();
            items.forEach(v -> l.add(v.copy()));
            return new Sequence(source, l);
        }
    }

    /** A scalar as written; {@code text} is null for an empty value. */
    record Scalar(Source source, String text) implements SpecNode {
        @Override
        public Scalar copy() {
            return this;
        }
    }

    /** What the node is, in words, for error messages. */
    static String describe(SpecNode n) {
        if (n instanceof Mapping) {
            return "a map";
        }
        if (n instanceof Sequence) {
            return "a list";
        }
        String t = ((Scalar) n).text();
        return t == null ? "empty" : "'" + t + "'";
    }
}
