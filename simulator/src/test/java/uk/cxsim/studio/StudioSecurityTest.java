package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.output.Json;

/**
 * Each of the studio's security rules, on loopback only: scenarios by name only and confined to the folders
 * served, the Host, token and Origin checks, what a request may cost, the statuses, and saving without ever
 * overwriting. Every request named in the studio's security review gets the status the rules give it.
 */
class StudioSecurityTest {
    private static final String PASSWD_LINE = "root:x:0:0";
    private static final String CRM = "sectors.Banking.suppliers.Old Bank.crm.context";

    @TempDir
    static Path dir;
    static StudioServer server;
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        // a link out of the scenarios folder, to a system file and to a valid scenario elsewhere
        Files.createSymbolicLink(scenarios.resolve("evil.yaml"), Path.of("/etc/passwd"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(uk.cxsim.TestScenarios.SMALL, elsewhere.resolve("outside.yaml"));
        Files.createSymbolicLink(scenarios.resolve("outside.yaml"), elsewhere.resolve("outside.yaml"));
        server = new StudioServer(dir, "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---- scenarios by name only, confined to the folders served ----

    @Test
    void aPathIsNeverAScenarioAndNoErrorQuotesAFile() throws Exception {
        for (String asked : List.of("/etc/passwd", "../../../../etc/passwd", "scenarios/small.yaml", "small.yaml",
                "SMALL", "UK-BASELINE", "con", "evil", "outside", "no-such")) {
            HttpResponse<String> r = server.get("/api/levers?scenario=" + encode(asked));
            assertEquals(404, r.statusCode(), asked + ": " + r.body());
            assertEquals("no scenario named '" + asked + "'", error(r.body()), asked);
        }
        HttpResponse<String> compare = server.post("/api/compare", Map.of("base", "/etc/passwd", "set",
                Map.of(CRM, 1)));
        assertEquals(404, compare.statusCode());
        assertFalse(compare.body().contains(PASSWD_LINE), compare.body());
        HttpResponse<String> save = server.post("/api/save", Map.of("base", "small", "name", "x", "set",
                Map.of("extends", "/etc/passwd")));
        assertEquals(400, save.statusCode());
        assertTrue(error(save.body()).contains("set.extends is not a lever"), save.body());
        assertFalse(save.body().contains(PASSWD_LINE));
        assertFalse(Files.exists(server.workspace().resolve("x.yaml")));
    }

    @Test
    void linksOutOfTheFoldersServedAreNotListed() throws Exception {
        List<?> listed = (List<?>) ((Map<?, ?>) Json.read(server.get("/api/scenarios").body())).get("scenarios");
        List<String> ids = listed.stream().map(s -> (String) ((Map<?, ?>) s).get("id")).toList();
        assertTrue(ids.contains("small") && ids.contains("uk-baseline"), ids.toString());
        assertFalse(ids.contains("evil") || ids.contains("outside"), ids.toString());
    }

    @Test
    void extendsIsFollowedOnlyInsideTheFoldersServedAndMissingReadsAsForbidden() throws Exception {
        Path ws = server.workspace();
        Files.writeString(ws.resolve("sneaky.yaml"), "extends: /etc/passwd\n");
        Files.writeString(ws.resolve("climber.yaml"), "extends: ../../../../../../../../etc/passwd\n");
        Files.writeString(ws.resolve("linked.yaml"), "extends: ../../../scenarios/outside.yaml\n");
        Files.writeString(ws.resolve("missing.yaml"), "extends: /etc/no-such-file.yaml\n");
        Files.writeString(ws.resolve("absent.yaml"), "extends: ../../../scenarios/absent.yaml\n");
        for (String name : List.of("sneaky", "climber", "linked", "missing", "absent")) {
            HttpResponse<String> r = server.get("/api/levers?scenario=" + name);
            assertEquals(400, r.statusCode(), name + ": " + r.body());
            String e = error(r.body());
            assertTrue(e.contains("extends: no scenario file") && e.contains("in the folders of scenarios served"),
                    e);
            assertFalse(e.contains(PASSWD_LINE) || e.contains("root"), e);
        }
        // a good parent inside the folders is followed
        Files.writeString(ws.resolve("child.yaml"), "extends: ../../../scenarios/small.yaml\nname: child\n");
        assertEquals(200, server.get("/api/levers?scenario=child").statusCode());
    }

    @Test
    void savedWhatIfsNeverOverwriteAndNamesAreChecked() throws Exception {
        Map<String, Object> set = Map.of(CRM, 0.9);
        assertEquals(400, save("UK-BASELINE", set).statusCode(), "upper case");
        assertEquals(400, save("con", set).statusCode(), "a device name");
        assertEquals(400, save("nul", set).statusCode(), "a device name");
        assertEquals(400, save("a_b", set).statusCode(), "underscore");
        assertEquals(409, save("small", set).statusCode(), "a built-in's name");
        assertEquals(409, save("uk-baseline", set).statusCode(), "the built-in baseline's name");
        Files.writeString(server.workspace().resolve("Mixed.yaml"), "extends: ../../../scenarios/small.yaml\n");
        HttpResponse<String> clash = save("mixed", set);
        assertEquals(409, clash.statusCode(), "a clash in another case: " + clash.body());

        // two saves of one name at once: one is written, the other refused, and the file is the first's
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(() -> save("race", Map.of(CRM, 0.7)),
                    () -> save("race", Map.of(CRM, 0.8)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : two.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
            Collections.sort(statuses);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            two.shutdownNow();
        }
        String first = Files.readString(server.workspace().resolve("race.yaml"));
        assertEquals(409, save("race", Map.of(CRM, 0.1)).statusCode());
        assertEquals(first, Files.readString(server.workspace().resolve("race.yaml")), "never overwritten");
        try (var files = Files.list(server.workspace())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary left");
        }
    }

    private static HttpResponse<String> save(String name, Map<String, Object> set) throws Exception {
        return server.post("/api/save", Map.of("base", "small", "name", name, "set", set));
    }

    // ---- host, token, origin ----

    @Test
    void aRequestNamingAnotherHostIs403() throws Exception {
        String token = server.studio.token();
        StudioServer.Raw other = server.raw("GET /api/scenarios HTTP/1.1\r\nHost: attacker.example:"
                + server.studio.port() + "\r\nAuthorization: Bearer " + token, null);
        assertEquals(403, other.status());
        StudioServer.Raw noPort = server.raw("GET /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + "Bearer " + token, null);
        assertEquals(403, noPort.status(), "the port is part of the host");
        assertEquals(200, server.raw("GET /api/scenarios HTTP/1.1\r\nHost: localhost:" + server.studio.port()
                + "\r\nAuthorization: Bearer " + token, null).status());
        assertEquals(200, server.raw("GET /api/scenarios HTTP/1.1\r\nHost: " + server.hostHeader()
                + "\r\nAuthorization: Bearer " + token, null).status());
    }

    @Test
    void everyRequestNeedsTheTokenWhichThePageTradesForACookie() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> none = plain.send(HttpRequest.newBuilder(URI.create(server.root + "/api/scenarios"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, plain.send(HttpRequest.newBuilder(URI.create(server.root + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the page too");
        assertEquals(401, plain.send(HttpRequest.newBuilder(URI.create(server.root + "/api/scenarios"))
                .header("Authorization", "Bearer " + "0".repeat(32)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        String token = server.studio.token();
        assertEquals(32, token.length(), "128 bits in hex");
        assertEquals(401, plain.send(HttpRequest.newBuilder(URI.create(server.root + "/?token=" + token + "0"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> opened = plain.send(HttpRequest.newBuilder(URI.create(server.root + "/?token=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, opened.statusCode(), "redirected away from the address with the token");
        assertEquals("/", opened.headers().firstValue("Location").orElse(""));
        String cookie = opened.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("cxsim_token_" + server.studio.port() + "=" + token + ";")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(server.root + "/"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals(200, server.get("/api/scenarios").statusCode(), "a bearer token");
    }

    @Test
    void theTokenIsNeverLogged(@TempDir Path other) throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Path scenarios = Files.createDirectories(other.resolve("scenarios"));
        Files.copy(uk.cxsim.TestScenarios.SMALL, scenarios.resolve("small.yaml"));
        try (Studio studio = Studio.start(Studio.Settings.of("127.0.0.1", 0, scenarios, other.resolve("out"), 1000,
                2, uk.cxsim.scenario.TargetFile.loadDefault()).withThreads(1).withLog(log::add))) {
            HttpClient c = HttpClient.newHttpClient();
            String root = "http://127.0.0.1:" + studio.port();
            HttpResponse<String> posted = c.send(HttpRequest.newBuilder(URI.create(root + "/api/compare"))
                    .header("Authorization", "Bearer " + studio.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("base", "small", "set",
                            Map.of(CRM, 1), "customers", 1000)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode(), posted.body());
            String id = (String) ((Map<?, ?>) Json.read(posted.body())).get("id");
            String status;
            do {
                Thread.sleep(100);
                status = (String) ((Map<?, ?>) Json.read(c.send(HttpRequest.newBuilder(URI.create(root
                        + "/api/jobs/" + id)).header("Authorization", "Bearer " + studio.token()).build(),
                        HttpResponse.BodyHandlers.ofString()).body())).get("status");
            } while (status.equals("queued") || status.equals("running"));
            assertFalse(log.isEmpty(), "the what-if's end is logged");
            assertTrue(log.stream().noneMatch(l -> l.contains(studio.token())), log.toString());
        }
    }

    @Test
    void writesMustBeJsonFromTheStudiosOwnPage() throws Exception {
        String token = server.studio.token();
        String body = "{\"base\": \"small\", \"set\": {\"" + CRM + "\": 1}}";
        StudioServer.Raw noType = post("/api/validate", "", body);
        assertEquals(415, noType.status(), noType.body());
        assertEquals(415, post("/api/validate", "\r\nContent-Type: text/plain", body).status());
        assertEquals(415, server.raw("DELETE /api/jobs/1 HTTP/1.1\r\nHost: " + server.hostHeader()
                + "\r\nAuthorization: Bearer " + token, null).status(), "a DELETE too");
        assertEquals(403, post("/api/validate", "\r\nContent-Type: application/json\r\nOrigin: http://evil.example",
                body).status());
        assertEquals(403, post("/api/validate", "\r\nContent-Type: application/json\r\nOrigin: null", body)
                .status());
        StudioServer.Raw own = post("/api/validate", "\r\nContent-Type: application/json\r\nOrigin: http://"
                + server.hostHeader(), body);
        assertEquals(200, own.status(), own.body());
        assertTrue(own.headers().keySet().stream().noneMatch(h -> h.startsWith("access-control-")),
                "no CORS header: " + own.headers());
        StudioServer.Raw options = server.raw("OPTIONS /api/validate HTTP/1.1\r\nHost: " + server.hostHeader()
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nAuthorization: Bearer "
                + token, null);
        assertEquals(405, options.status());
        assertTrue(options.headers().keySet().stream().noneMatch(h -> h.startsWith("access-control-")));
    }

    private static StudioServer.Raw post(String path, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return server.raw("POST " + path + " HTTP/1.1\r\nHost: " + server.hostHeader() + "\r\nAuthorization: Bearer "
                + server.studio.token() + headers + "\r\nContent-Length: " + bytes.length, bytes);
    }

    // ---- what a request may cost ----

    @Test
    void aBodyOverOneMebibyteGets413AndTheClientReceivesIt() throws Exception {
        byte[] big = new byte[2 << 20];
        java.util.Arrays.fill(big, (byte) ' ');
        StudioServer.Raw declared = server.raw("POST /api/validate HTTP/1.1\r\nHost: " + server.hostHeader()
                + "\r\nAuthorization: Bearer " + server.studio.token() + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + big.length, big);
        assertEquals(413, declared.status(), declared.body());
        assertTrue(error(declared.body()).contains("over 1 MiB"), declared.body());
        assertEquals("close", declared.headers().get("connection"));
        // and through a client that streams the body
        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.root + "/api/validate")).header("Authorization", "Bearer " + server.studio.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, streamed.statusCode());
    }

    @Test
    void deepJsonNulBytesAndOversizedRunsAre400() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        HttpResponse<String> r = server.post("/api/compare", deep);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(error(r.body()).contains("nest at most 64"), r.body());
        assertEquals(400, server.post("/api/compare", "{\"set\": " + "[".repeat(64) + "]".repeat(64) + "}")
                .statusCode());
        HttpResponse<String> shallow = server.post("/api/compare", "{\"set\": " + "[".repeat(62) + "]".repeat(62)
                + "}");
        assertEquals(400, shallow.statusCode());
        assertFalse(error(shallow.body()).contains("nest at most"), "62 lists in an object is within the limit");
        assertEquals(400, server.post("/api/validate", "{\"base\": \"small\u0000\"}").statusCode());
        HttpResponse<String> nulPath = server.get("/api/jobs/1/files/x%00.png");
        assertEquals(400, nulPath.statusCode(), nulPath.body());
        assertTrue(error(nulPath.body()).contains("NUL"), nulPath.body());
        assertError(server.post("/api/compare", Map.of("base", "small", "set", Map.of(CRM, 1), "customers",
                Studio.Limits.DEFAULT.maxCustomers() + 1)), 400, "customers must be a whole number from 100 to "
                + "1,000,000");
        assertError(server.post("/api/compare", Map.of("base", "small", "set", Map.of(CRM, 1), "replications",
                Studio.Limits.DEFAULT.maxReplications() + 1)), 400, "replications must be a whole number from 2 "
                + "to 20");
    }

    @Test
    void getsHaveNoSideEffectsTheBasesRunsStartOnAPost() throws Exception {
        int before = server.studio.jobs().warmRequests();
        assertEquals(200, server.get("/api/levers?scenario=small").statusCode());
        assertEquals(200, server.get("/api/scenarios").statusCode());
        assertEquals(before, server.studio.jobs().warmRequests(), "a GET starts nothing");
        HttpResponse<String> warm = server.post("/api/warm", Map.of("base", "small"));
        assertEquals(202, warm.statusCode(), warm.body());
        assertEquals(before + 1, server.studio.jobs().warmRequests());
        assertEquals(405, server.raw("GET /api/warm HTTP/1.1\r\nHost: " + server.hostHeader()
                + "\r\nAuthorization: Bearer " + server.studio.token(), null).status());
    }

    @Test
    void pagesCarryTheirPolicyAndEveryAnswerNosniff() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertEquals("default-src 'self'; frame-ancestors 'none'", page.headers().firstValue(
                "Content-Security-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("nosniff", server.get("/api/scenarios").headers().firstValue("X-Content-Type-Options")
                .orElse(""));
        assertEquals(404, server.get("/studio/../../etc/passwd").statusCode());
        assertEquals(404, server.get("/studio/cxsim.properties").statusCode(), "only the page's own files");
    }

    @Test
    void aNonLoopbackBindWarnsThatItsTrafficIsNotEncrypted() {
        String address = "http://192.0.2.1:8080/?token=abc";
        assertTrue(String.join("\n", uk.cxsim.cli.StudioCommand.startLines(address, false)).contains("not encrypted"));
        assertFalse(String.join("\n", uk.cxsim.cli.StudioCommand.startLines(address, true)).contains("not encrypted"));
        assertTrue(server.studio.loopbackOnly());
        assertFalse(Guard.loopback("192.0.2.1"));
        assertTrue(Guard.loopback("127.0.0.2") && Guard.loopback("::1"));
    }

    // ---- jobs: a cap, and cancel ----

    @Test
    void atMostFourWhatIfsWaitAndAnyCanBeCancelled(@TempDir Path other) throws Exception {
        try (StudioServer busy = new StudioServer(other, "127.0.0.1")) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                // large enough that none finishes while the others are asked for
                HttpResponse<String> r = busy.post("/api/compare", Map.of("base", "small", "set", Map.of(CRM, 1),
                        "customers", 200_000, "name", "slow-" + k));
                assertEquals(202, r.statusCode(), r.body());
                ids.add((String) ((Map<?, ?>) Json.read(r.body())).get("id"));
            }
            HttpResponse<String> fifth = busy.post("/api/compare", Map.of("base", "small", "set", Map.of(CRM, 1)));
            assertEquals(429, fifth.statusCode(), fifth.body());
            assertNotNull(fifth.headers().firstValue("Retry-After").orElse(null));

            // a queued one never starts; the running one stops between days; asking again changes nothing
            for (String id : List.of(ids.get(3), ids.get(0), ids.get(1), ids.get(2))) {
                long asked = System.nanoTime();
                HttpResponse<String> r = busy.delete("/api/jobs/" + id);
                assertEquals(200, r.statusCode(), r.body());
                Map<String, Object> job = busy.awaitJob(id);
                assertEquals("cancelled", job.get("status"), job.toString());
                System.out.printf("what-if %s cancelled %.2f s after DELETE%n", id, (System.nanoTime() - asked) / 1e9);
                assertEquals("cancelled", ((Map<?, ?>) Json.read(busy.delete("/api/jobs/" + id).body()))
                        .get("status"), "idempotent");
            }
            Path studioOut = busy.outputs.resolve("studio").resolve("small");
            if (Files.exists(studioOut)) {
                try (var left = Files.list(studioOut)) {
                    assertEquals(List.of(), left.toList(), "no partial outputs");
                }
            }
            // the queue is free again
            HttpResponse<String> next = busy.post("/api/compare", Map.of("base", "small", "set", Map.of(CRM, 1)));
            assertEquals(202, next.statusCode(), next.body());
            assertEquals("done", busy.awaitJob((String) ((Map<?, ?>) Json.read(next.body())).get("id"))
                    .get("status"));
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String part) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(error(r.body()).contains(part), r.body());
    }

    private static String error(String body) {
        return (String) ((Map<?, ?>) Json.read(body)).get("error");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
