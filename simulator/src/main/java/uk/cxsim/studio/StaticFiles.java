package uk.cxsim.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

/**
 * The page's files, from the jar ({@code /studio/}), and a job's files, each with its content type. A job's file is
 * named by segments under its folder and served only when its real path (links followed) stays inside the folder.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png", "svg",
            "image/svg+xml", "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8", "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "yaml",
            "application/yaml; charset=utf-8");
    /** The page's own files: nothing else in the jar is served. */
    private static final Set<String> PAGE = Set.of("index.html", "studio.js", "studio.css");

    private StaticFiles() {
    }

    /** One of the page's files ({@code index.html}, {@code studio.js}, {@code studio.css}). */
    static void sendPage(HttpExchange ex, String name) throws IOException {
        if (!PAGE.contains(name)) {
            throw HttpProblem.notFound("no such page: " + ScenarioNames.quoted(name));
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/studio/" + name)) {
            if (in == null) {
                throw HttpProblem.notFound("no such page: " + name);
            }
            HttpIo.send(ex, 200, type(name), in.readAllBytes(), HttpIo.PAGE_POLICY);
        }
    }

    /** The file at {@code segments} under {@code folder}, or 404 naming it as asked. */
    static void sendJobFile(HttpExchange ex, Path folder, List<String> segments, String jobId) throws IOException {
        String asked = String.join("/", segments);
        Path file = inside(folder, segments);
        if (file == null) {
            throw HttpProblem.notFound("job " + jobId + " has no file " + ScenarioNames.quoted(asked));
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".pptx") || name.endsWith(".csv") || name.endsWith(".yaml")) {
            ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        HttpIo.send(ex, 200, type(name), Files.readAllBytes(file), name.endsWith(".html") || name.endsWith(".svg")
                ? HttpIo.REPORT_POLICY : null);
    }

    /** The real path of the file the segments name under the folder, or null if it is not a file inside it. */
    static Path inside(Path folder, List<String> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("\\")) {
                return null;
            }
        }
        try {
            Path root = folder.toRealPath();
            Path file = root.resolve(String.join("/", segments)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return null;
            }
            Path real = file.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }
}
