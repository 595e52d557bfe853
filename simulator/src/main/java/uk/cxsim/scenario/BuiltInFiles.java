package uk.cxsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a YAML file shipped in scenarios/ and built into the program, as a map of keys. */
final class BuiltInFiles {
    private BuiltInFiles() {
    }

    /**
     * @param path where the file lives in the source tree, e.g. {@code scenarios/parameters/uk-baseline.yaml}
     * @param what what the file is, for messages ("status file")
     */
    static SpecNode.Mapping mapping(String path, String what) {
        try (InputStream in = BuiltInFiles.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new ScenarioException("the built-in " + what + " " + path + " is missing from this build");
            }
            SpecNode root = YamlSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
            if (!(root instanceof SpecNode.Mapping m)) {
                throw new ScenarioException(root.source(), "", "a " + what + " must be a map of keys");
            }
            return m;
        } catch (IOException e) {
            throw new ScenarioException("cannot read the built-in " + what + " " + path + ": " + e.getMessage());
        }
    }
}
