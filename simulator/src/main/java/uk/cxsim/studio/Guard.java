package uk.cxsim.studio;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.Headers;

/**
 * Who may drive the studio, checked on every request before anything else, as Jupyter does:
 * <ul>
 * <li>{@code Host} must name the address the studio is bound to, or {@code localhost}, with its port (else 403),
 * so a web page elsewhere cannot reach it through a DNS name rebound to this machine;</li>
 * <li>every request carries the token printed at start (else 401): 128 random bits, compared in constant time.
 * The page opened from the printed address trades it for an {@code HttpOnly; SameSite=Strict} cookie and is
 * redirected to an address without it; API clients send {@code Authorization: Bearer TOKEN};</li>
 * <li>a POST or DELETE must send JSON (else 415), and an {@code Origin}, if it has one, must be the studio's own
 * (else 403), so no other site's page can post to it. No CORS header is ever sent.</li>
 * </ul>
 */
final class Guard {
    static final String DEFAULT_HOST = "127.0.0.1";

    private final String token;
    private final byte[] tokenBytes;
    private final Set<String> hosts;
    private final String cookie;

    private Guard(String token, Set<String> hosts, int port) {
        this.token = token;
        this.tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
        this.hosts = Collections.unmodifiableSet(hosts);
        this.cookie = "cxsim_token_" + port;
    }

    /** A guard with a fresh token for a studio bound to {@code host} (as given at start) and {@code port}. */
    static Guard forBind(String host, int port) {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return new Guard(HexFormat.of().formatHex(b), hostHeaders(host, port), port);
    }

    /** The token, for the address printed at start (and only there). */
    String token() {
        return token;
    }

    /** The cookie the page's token is kept in (one per port, so two studios on one machine do not clash). */
    String cookieName() {
        return cookie;
    }

    /** The {@code Host} values a request may carry. */
    Set<String> hosts() {
        return hosts;
    }

    /** 403 unless the request names this studio as its host. */
    void checkHost(Headers headers) {
        String host = headers.getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new HttpProblem(403, "requests must name this studio's address as their host (" + String.join(
                    " or ", hosts) + ")");
        }
    }

    /** Whether {@code given} is the token, in time that does not depend on where they differ. */
    boolean isToken(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), tokenBytes);
    }

    /** 401 unless the request carries the token as a bearer token or in the page's cookie. */
    void checkToken(Headers headers) {
        String auth = headers.getFirst("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && isToken(auth.substring(7).trim())) {
            return;
        }
        for (String line : headers.getOrDefault("Cookie", java.util.List.of())) {
            for (String c : line.split(";")) {
                String pair = c.trim();
                if (pair.startsWith(cookie + "=") && isToken(pair.substring(cookie.length() + 1))) {
                    return;
                }
            }
        }
        throw new HttpProblem(401, "this studio needs the token printed when it started: open the address it printed, "
                + "or send Authorization: Bearer TOKEN", Map.of("WWW-Authenticate", "Bearer"));
    }

    /** The cookie that keeps the token for the page. */
    String setCookie() {
        return cookie + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** For a POST or DELETE: 415 unless it sends JSON, 403 if it comes from another site's page. */
    void checkWrite(Headers headers) {
        String type = headers.getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpProblem(415, "send the request as JSON (Content-Type: application/json)");
        }
        String origin = headers.getFirst("Origin");
        if (origin != null) {
            String o = origin.toLowerCase(Locale.ROOT);
            if (!o.startsWith("http://") || !hosts.contains(o.substring("http://".length()))) {
                throw new HttpProblem(403, "requests from another site's page are refused");
            }
        }
    }

    /**
     * The {@code Host} values naming a studio bound to {@code host}: the address itself and {@code localhost}; for
     * {@code localhost} its loopback addresses too; for every address ({@code 0.0.0.0} or {@code ::}), each address
     * of this machine and its name. All with the port (and without it on port 80, as browsers send it).
     */
    static Set<String> hostHeaders(String host, int port) {
        Set<String> names = new LinkedHashSet<>();
        names.add(literal(host));
        names.add("localhost");
        if (host.equalsIgnoreCase("localhost")) {
            names.add("127.0.0.1");
            names.add("[::1]");
        }
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            try {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                        names.add(literal(a.getHostAddress().replaceFirst("%.*$", "")));
                    }
                }
            } catch (SocketException e) {
                // the machine's name below still names it
            }
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT));
                names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException e) {
                // the addresses above still name it
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(n + ":" + port);
            if (port == 80) {
                out.add(n);
            }
        }
        return out;
    }

    /** An address as a Host header writes it: IPv6 in brackets, names lower-case. */
    private static String literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    /** Whether binding {@code host} keeps the studio on this machine (a loopback address or name). */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
