package uk.cxsim.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** The page's files, from the jar ({@code /studio/}), and a job's files, each with its content type. */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png", "svg",
            "image/svg+xml", "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8", "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "yaml",
            "application/yaml; charset=utf-8");

    private StaticFiles() {
    }

    static void send(HttpExchange ex, String path) throws IOException {
        if (path.contains("..")) {
            throw new BadRequest(404, "no such page: " + path);
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new BadRequest(404, "no such page: " + path);
            }
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            Studio.sendBytes(ex, 200, type(path), in.readAllBytes());
        }
    }

    static void sendFile(HttpExchange ex, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pptx")) {
            ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        Studio.sendBytes(ex, 200, type(name), Files.readAllBytes(file));
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }
}
