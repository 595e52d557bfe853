package uk.cxsim.studio;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

/**
 * Who may drive the studio. On the default address (127.0.0.1) only this machine can reach it, and requests must
 * name a loopback host (so a web page elsewhere cannot reach it through a rebound DNS name). On any other address
 * every request must carry the token printed at start: in the address ({@code ?token=}), a header
 * ({@code X-Cxsim-Token}) or the cookie the page is given when opened with the token.
 */
final class Access {
    static final String DEFAULT_HOST = "127.0.0.1";
    static final String COOKIE = "cxsim_token";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String token;
    private final int port;

    private Access(String token, int port) {
        this.token = token;
        this.port = port;
    }

    static Access forHost(String host, int port) {
        if (host.equals(DEFAULT_HOST)) {
            return new Access(null, port);
        }
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return new Access(HexFormat.of().formatHex(b), port);
    }

    /** The token, or null when none is needed. */
    String token() {
        return token;
    }

    /** Whether the request may go on; a page opened with the right token gets it as a cookie. */
    boolean allows(HttpExchange ex) {
        if (token == null) {
            String host = ex.getRequestHeaders().getFirst("Host");
            return host != null && LOOPBACK_NAMES.contains(host.replaceFirst(":" + port + "$", ""));
        }
        String query = ex.getRequestURI().getRawQuery();
        if (query != null && List.of(query.split("&")).contains("token=" + token)) {
            ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            return true;
        }
        if (token.equals(ex.getRequestHeaders().getFirst("X-Cxsim-Token"))) {
            return true;
        }
        String cookies = ex.getRequestHeaders().getFirst("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                if (c.trim().equals(COOKIE + "=" + token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
