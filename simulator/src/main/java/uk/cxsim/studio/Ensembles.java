package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.cxsim.errors.UserErrors;
import uk.cxsim.scenario.EnsembleFile;

/**
 * The ensembles the studio offers for a base: the files in the built-in scenarios' {@code ensembles/} folder (by real
 * path, inside the folders served) whose {@code scenario} is that base's file, each addressed by its file's name. A
 * file that does not load as an ensemble is not offered; a request names an ensemble and never a path.
 */
final class Ensembles {
    /**
     * One ensemble offered.
     *
     * @param name      its file's name without {@code .yaml}, as a request names it
     * @param title     the name the file gives itself
     * @param members   parameter sets that fit the evidence
     * @param customers the size its members were matched at, or null
     */
    record Offered(String name, String title, int members, Integer customers) {
    }

    /** An ensemble found, as read. */
    record Found(Offered offered, EnsembleFile file) {
    }

    private Ensembles() {
    }

    /** Every ensemble made for {@code base}, by name. */
    static List<Found> of(ScenarioIndex index, ScenarioIndex.Entry base) {
        List<Found> out = new ArrayList<>();
        if (base.file() == null) {
            return out;
        }
        index.yamlFiles(index.ensembles()).forEach((stem, real) -> {
            EnsembleFile file;
            try {
                file = read(real);
            } catch (RuntimeException e) {
                if (UserErrors.kind(e).isEmpty()) {
                    throw e;
                }
                return; // not an ensemble this studio can run
            }
            if (same(file.scenario(), base.file())) {
                out.add(new Found(new Offered(stem, file.name(), file.members().size(), file.customers()), file));
            }
        });
        return out;
    }

    /** The ensemble of this name made for {@code base}; anything else is 404. */
    static Found find(ScenarioIndex index, ScenarioIndex.Entry base, String name) {
        List<Found> all = of(index, base);
        for (Found f : all) {
            if (f.offered().name().equals(name)) {
                return f;
            }
        }
        throw HttpProblem.notFound("no ensemble named " + ScenarioNames.quoted(name) + " for " + base.name()
                + (all.isEmpty() ? "; it has none" : "; its ensembles: " + String.join(", ", all.stream()
                .map(f -> f.offered().name()).toList())));
    }

    /** Ensembles read, by real path, with the time the file was last changed: read again only once changed. */
    private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

    private record Read(FileTime changed, EnsembleFile file) {
    }

    private static EnsembleFile read(Path real) {
        FileTime changed;
        try {
            changed = Files.getLastModifiedTime(real);
        } catch (IOException e) {
            return EnsembleFile.load(real); // says what is wrong with the file
        }
        Read r = READ.get(real);
        if (r == null || !r.changed().equals(changed)) {
            r = new Read(changed, EnsembleFile.load(real));
            READ.put(real, r);
        }
        return r.file();
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
