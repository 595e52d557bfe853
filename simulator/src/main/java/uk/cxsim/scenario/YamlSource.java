package uk.cxsim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/** Reads YAML into a {@link SpecNode} tree that keeps file and line for every value. */
public final class YamlSource {
    private YamlSource() {
    }

    public static SpecNode.Mapping readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("scenario file not found: " + file);
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
        return convert(node, origin);
    }

    private static SpecNode convert(Node node, String origin) {
        Source source = new Source(origin, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode m) {
            SpecNode.Mapping out = new SpecNode.Mapping(source);
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new ScenarioException(source, "", "map keys must be plain names");
                }
                if (out.entries().containsKey(k.getValue())) {
                    throw new ScenarioException(new Source(origin, k.getStartMark().getLine() + 1), k.getValue(),
                            "duplicate key");
                }
                out.entries().put(k.getValue(), convert(t.getValueNode(), origin));
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            List<SpecNode> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(convert(n, origin));
            }
            return new SpecNode.Sequence(source, items);
        }
        ScalarNode s = (ScalarNode) node;
        return new SpecNode.Scalar(source, Tag.NULL.equals(s.getTag()) ? null : s.getValue());
    }
}
