package uk.cxsim.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** The program version and the git commit of the working copy, for run.json and --version. */
public final class Build {
    private Build() {
    }

    /** The build running now, as a run's request keeps it: its version and when it was built. */
    public static String current() {
        return version() + " built " + built();
    }

    public static String version() {
        return property("version");
    }

    /** When the jar was built (UTC), which tells one build from another of the same version. */
    public static String built() {
        return property("built");
    }

    private static String property(String key) {
        Properties p = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/cxsim.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty(key, "unknown");
    }

    /** The commit checked out in the working directory, or "unknown" outside a git working copy. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("[0-9a-f]{40}")) {
                Process dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                        .redirectErrorStream(true).start();
                String changes = new String(dirty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                dirty.waitFor(5, TimeUnit.SECONDS);
                return changes.isEmpty() ? out : out + "+local-changes";
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }
}
