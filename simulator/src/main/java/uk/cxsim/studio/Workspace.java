package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import uk.cxsim.scenario.KeyOverride;
import uk.cxsim.scenario.ScenarioException;
import uk.cxsim.scenario.Scenarios;

/**
 * Where the studio saves what-ifs as scenarios: a folder outside the source tree (by default
 * {@code outputs/studio/scenarios/}), listed beside the built-ins. Saving is one at a time: the name is checked
 * (its pattern, device names, built-ins, and any saved name in any case), the file is written under a temporary
 * name, checked by loading it as any scenario is, and then published under its name by a hard link, which fails
 * rather than replace a file; an existing file is never overwritten.
 */
final class Workspace {
    private final ScenarioIndex index;
    private final Object lock = new Object();

    Workspace(ScenarioIndex index) {
        this.index = index;
    }

    /**
     * Saves {@code NAME.yaml}: the base extended with only the levers set. Returns the name.
     *
     * @param baseName the base's own name, for the file's description
     */
    String save(String name, ScenarioIndex.Entry base, String baseName, Map<String, String> set) {
        if (!ScenarioNames.valid(name) || ScenarioNames.reserved(name)) {
            throw HttpProblem.badRequest("name must be " + ScenarioNames.RULE + ", and not a device name such as "
                    + "con or nul; found " + ScenarioNames.quoted(name));
        }
        if (base.file() == null) {
            throw HttpProblem.badRequest("a what-if on the baseline built into cxsim cannot be saved: there is no "
                    + "file for it to extend; start the studio where scenarios/uk-baseline.yaml is, or download the "
                    + "YAML instead");
        }
        Path folder = index.workspace();
        synchronized (lock) {
            if (index.reservedFor(name)) {
                throw new HttpProblem(409, "a built-in scenario is named " + name + "; choose another name");
            }
            if (index.taken(name)) {
                throw new HttpProblem(409, "a scenario named " + name + " already exists; choose another name");
            }
            Path target = folder.resolve(name + ".yaml");
            Path tmp = null;
            try {
                Files.createDirectories(folder);
                Path real = folder.toRealPath();
                String text = WhatIfYaml.text(real.relativize(base.file()).toString(), name, baseName, set);
                tmp = Files.createTempFile(real, "." + name + "-", ".yaml.partial");
                Files.writeString(tmp, text);
                Scenarios.loadWithin(tmp, List.<KeyOverride>of(), index.roots());
                publish(tmp, real.resolve(name + ".yaml"));
                return name;
            } catch (FileAlreadyExistsException e) {
                throw new HttpProblem(409, "a scenario named " + name + " already exists; choose another name");
            } catch (ScenarioException e) {
                throw HttpProblem.badRequest(e.getMessage());
            } catch (IOException e) {
                throw new HttpProblem(500, "cannot save " + target + ": " + e.getClass().getSimpleName());
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // a leftover temporary file is hidden and harmless
                    }
                }
            }
        }
    }

    /** Publishes the checked file under its name, never replacing one that exists. */
    private static void publish(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links on this file system: under the lock, with the name checked free, a plain move (which
            // refuses an existing target) does the same
            Files.move(tmp, target);
        }
    }
}
