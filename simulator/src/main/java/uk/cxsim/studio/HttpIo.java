package uk.cxsim.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import uk.cxsim.output.Json;
import uk.cxsim.output.OutputException;

/**
 * Reading a request and writing a response, with the limits that bound what one request may cost: a body of at
 * most {@link #MAX_BODY} bytes (a larger one is read off and answered 413, then the connection is closed), JSON
 * nested at most {@link #MAX_DEPTH} deep, no NUL anywhere; every response with {@code nosniff}, pages with a
 * Content-Security-Policy.
 */
final class HttpIo {
    /** The largest request body accepted. */
    static final int MAX_BODY = 1 << 20;
    /** Deepest nesting of a JSON body. */
    static final int MAX_DEPTH = 64;
    /** The most of an over-long body read off before answering, so the client is there to receive the 413. */
    private static final long MAX_DRAIN = 64L << 20;
    /** The page's policy: its own script, style and images only; never framed. */
    static final String PAGE_POLICY = "default-src 'self'; frame-ancestors 'none'";
    /** A comparison's report: its own charts, its inline style, no script at all; never framed. */
    static final String REPORT_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'; "
            + "frame-ancestors 'none'";

    private HttpIo() {
    }

    /** The path's segments after the leading slash, each decoded; 400 for a NUL or an undecodable segment. */
    static List<String> segments(HttpExchange ex) {
        String raw = ex.getRequestURI().getRawPath();
        List<String> out = new ArrayList<>();
        for (String part : raw.substring(1).split("/", -1)) {
            out.add(decode(part, "path"));
        }
        return out;
    }

    /** The query's parameters, decoded; 400 for a NUL. */
    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(decode(pair.substring(0, eq), "query"), decode(pair.substring(eq + 1), "query"));
                }
            }
        }
        return m;
    }

    private static String decode(String text, String where) {
        String s;
        try {
            s = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("the " + where + " is not well encoded");
        }
        if (s.indexOf('\0') >= 0) {
            throw HttpProblem.badRequest("the " + where + " holds a NUL character");
        }
        return s;
    }

    /** The body as parsed JSON, within the limits above. */
    static Object jsonBody(HttpExchange ex) throws IOException {
        byte[] bytes = body(ex);
        for (byte b : bytes) {
            if (b == 0) {
                throw HttpProblem.badRequest("the request body holds a NUL byte");
            }
        }
        try {
            return Json.readBounded(new String(bytes, StandardCharsets.UTF_8), MAX_DEPTH);
        } catch (OutputException e) {
            throw HttpProblem.badRequest("the request body is " + e.getMessage() + " (lists and objects may nest at "
                    + "most " + MAX_DEPTH + " deep)");
        }
    }

    private static byte[] body(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("Content-Length is not a number");
            }
        }
        InputStream in = ex.getRequestBody();
        if (declared > MAX_BODY) {
            throw tooLarge(in);
        }
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw tooLarge(in);
        }
        return bytes;
    }

    /** Reads off what is left of an over-long body (up to a bound), then answers 413 and closes the connection. */
    private static HttpProblem tooLarge(InputStream in) throws IOException {
        long left = MAX_DRAIN;
        byte[] sink = new byte[64 << 10];
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
        return new HttpProblem(413, "the request body is over " + (MAX_BODY >> 20) + " MiB, the most the studio "
                + "reads", Map.of("Connection", "close"));
    }

    static void sendJson(HttpExchange ex, int status, Object json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", Json.write(json).getBytes(StandardCharsets.UTF_8), null);
    }

    static void sendError(HttpExchange ex, HttpProblem p) throws IOException {
        p.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        String message = p.getMessage() == null ? "unexpected error" : p.getMessage().replaceAll("\\R", " ");
        sendJson(ex, p.status(), Map.of("error", message));
    }

    /**
     * Sends a response; {@code policy} is the page's Content-Security-Policy (null for data). Every response says
     * {@code nosniff} and is not to be cached, and none carries a CORS header.
     */
    static void send(HttpExchange ex, int status, String type, byte[] bytes, String policy) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (policy != null) {
            ex.getResponseHeaders().set("Content-Security-Policy", policy);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
