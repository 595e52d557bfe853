package uk.cxsim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into a {@link SpecNode} tree that keeps file and line for every value.
 *
 * <p>Anchors and aliases are allowed, within limits that stop a hostile or broken file from exhausting the stack
 * or the heap: an alias may not refer to a list or map that contains it, at most {@value #MAX_COLLECTION_ALIASES}
 * aliases may name lists or maps, nesting is at most {@value #MAX_NESTING} levels deep, and aliases may not expand
 * the file to more than {@value #MAX_VALUES} values (the UK baseline has about a thousand).
 */
public final class YamlSource {
    /** Most aliases to lists or maps in one document (SnakeYAML's default, stated here). */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Deepest nesting of lists and maps. */
    static final int MAX_NESTING = 50;
    /** Most values (scalars, lists and maps) a document may hold once its aliases are expanded. */
    static final int MAX_VALUES = 100_000;

    private YamlSource() {
    }

    public static SpecNode.Mapping readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("scenario file not found: " + file);
        } catch (CharacterCodingException e) {
            throw new ScenarioException("cannot read scenario file " + file + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException("cannot read scenario file " + file + ": " + e.getMessage());
        }
        SpecNode root = parse(text, file.toString());
        if (!(root instanceof SpecNode.Mapping m)) {
            throw new ScenarioException(root.source(), "", "a scenario must be a map of keys, found "
                    + SpecNode.describe(root));
        }
        return m;
    }

    /** Parses YAML text; {@code origin} names it in error messages. */
    public static SpecNode parse(String text, String origin) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        Node node;
        try (Reader r = new StringReader(text)) {
            node = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new ScenarioException(new Source(origin, m == null ? 0 : m.getLine() + 1), "",
                    "not valid YAML: " + e.getProblem());
        } catch (IOException | RuntimeException e) {
            throw new ScenarioException(new Source(origin, 0), "", "not valid YAML: " + e.getMessage());
        }
        if (node == null) {
            return new SpecNode.Mapping(new Source(origin, 1));
        }
        return new Converter(origin).convert(node);
    }

    /** Turns SnakeYAML's node graph into a tree, expanding aliases within the limits above. */
    private static final class Converter {
        private final String origin;
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private int values;

        Converter(String origin) {
            this.origin = origin;
        }

        SpecNode convert(Node node) {
            Source source = new Source(origin, node.getStartMark().getLine() + 1);
            if (++values > MAX_VALUES) {
                throw new ScenarioException(source, "", "aliases expand to more than " + MAX_VALUES
                        + " values; a scenario needs far fewer (is an alias repeated many times?)");
            }
            if (node instanceof ScalarNode s) {
                return new SpecNode.Scalar(source, Tag.NULL.equals(s.getTag()) ? null : s.getValue());
            }
            if (!open.add(node)) {
                throw new ScenarioException(source, "", "an alias refers to a list or map that contains it"
                        + (node.getAnchor() == null ? "" : " (&" + node.getAnchor() + ")")
                        + "; such a value would never end");
            }
            SpecNode out = node instanceof MappingNode m ? mapping(m, source) : sequence((SequenceNode) node, source);
            open.remove(node);
            return out;
        }

        private SpecNode.Mapping mapping(MappingNode m, Source source) {
            SpecNode.Mapping out = new SpecNode.Mapping(source);
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new ScenarioException(source, "", "map keys must be plain names");
                }
                if (out.entries().containsKey(k.getValue())) {
                    throw new ScenarioException(new Source(origin, k.getStartMark().getLine() + 1), k.getValue(),
                            "duplicate key");
                }
                out.entries().put(k.getValue(), convert(t.getValueNode()));
            }
            return out;
        }

        private SpecNode.Sequence sequence(SequenceNode s, Source source) {
            List<SpecNode> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(convert(n));
            }
            return new SpecNode.Sequence(source, items);
        }
    }
}
