package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import uk.cxsim.cli.Main;
import uk.cxsim.output.Json;
import uk.cxsim.scenario.Scenarios;

class StudioApiTest {
    private static final String CRM = "sectors.Banking.suppliers.Old Bank.crm.context";

    @TempDir
    static Path dir;
    static StudioServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new StudioServer(dir, "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsTheScenariosAndEachLeverWithItsRangeAndEverySuppliersValue() throws Exception {
        Map<String, Object> list = Json.read(server.get("/api/scenarios").body());
        List<Map<String, Object>> scenarios = cast(list.get("scenarios"));
        assertTrue(scenarios.stream().anyMatch(s -> s.get("id").equals(server.base()) && s.get("name").equals("small")),
                list.toString());
        Map<String, Object> levers = Json.read(server.get("/api/levers?scenario=" + server.base()).body());
        assertEquals("small", levers.get("name"));
        Map<String, Object> crm = lever(levers, "crm.context");
        assertEquals(0.0, ((Number) crm.get("min")).doubleValue());
        assertEquals(1.0, ((Number) crm.get("max")).doubleValue());
        Map<String, Object> current = cast(crm.get("current"));
        assertEquals(0.4, ((Number) current.get("Banking/Old Bank")).doubleValue(), "the file's value");
        assertEquals(0.6, ((Number) current.get("Energy/Power One")).doubleValue(), "the default");
        Map<String, Object> keys = cast(crm.get("keys"));
        assertEquals("sectors.{sector}.suppliers.{supplier}.crm.context", keys.get("supplier"));
        Map<String, Object> staffing = lever(levers, "levers.staffingMultiplier");
        assertEquals(Map.of("all", "levers.staffingMultiplier"), staffing.get("keys"));
    }

    @Test
    void anOutOfRangeLeverIsA400WithTheMessageTheCommandLineGives() throws Exception {
        HttpResponse<String> r = server.post("/api/validate", Map.of("base", server.base(), "set", Map.of(CRM, 1.5)));
        assertEquals(400, r.statusCode(), r.body());
        String api = (String) ((Map<?, ?>) Json.read(r.body())).get("error");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("run", server.scenarios.resolve("small.yaml").toString(), "--set", CRM + "=1.5", "--out",
                dir.resolve("refused").toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("cxsim: " + api), err + " vs " + api);
        assertFalse(api.contains("\n"));
        assertTrue(api.contains("crm.context") && api.contains("allowed 0 to 1"), api);
        assertEquals(200, server.post("/api/validate", Map.of("base", server.base(), "set", Map.of(CRM, 1)))
                .statusCode());
    }

    @Test
    void badRequestsAreOneLine400sAndNothingRuns() throws Exception {
        int jobsBefore = ((List<?>) ((Map<?, ?>) Json.read(server.get("/api/jobs").body())).get("jobs")).size();
        assertError(server.post("/api/compare", "{\"base\": "), 400, "not valid JSON");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "sett", Map.of())), 400,
                "unknown field 'sett'");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of("levers.nonsense", 1))),
                400, "nonsense");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1),
                "replications", 1)), 400, "replications must be a whole number from 2");
        assertError(server.post("/api/compare", Map.of("base", "no-such", "set", Map.of(CRM, 1))), 404,
                "no scenario named 'no-such'");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of())), 400,
                "set at least one lever");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "focus", 3)),
                400, "focus must be auto, all or sector names separated by commas, found '3'");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "focus",
                "Telecoms")), 400, "names Telecoms, a sector small lacks");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "focus",
                "Energy")), 400, "leaves out Banking");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "focusDensity",
                17)), 400, "focusDensity must be a whole number from 1 to 16, found '17'");
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "focus", "all",
                "focusDensity", 2)), 400, "focusDensity above 1 needs focus auto or sector names and no ensemble");
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.root + "/api/compare")).header("Authorization", "Bearer " + server.studio.token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, plain.statusCode());
        assertError(server.get("/api/jobs/999"), 404, "no job '999'");
        assertEquals(jobsBefore, ((List<?>) ((Map<?, ?>) Json.read(server.get("/api/jobs").body())).get("jobs"))
                .size(), "a refused what-if is not queued");
    }

    @Test
    void aWhatIfRunsQueuesStreamsProgressAndLeavesItsComparisonChartsAndBoardPack() throws Exception {
        Map<String, Object> request = Map.of("base", server.base(), "set", Map.of(CRM, 1,
                "sectors.Banking.suppliers.Old Bank.crm.followsTransfer", true,
                "sectors.Banking.suppliers.Old Bank.investment.perYearGbp", 100_000), "name", "old-bank-crm");
        HttpResponse<String> submitted = server.post("/api/compare", request);
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = (String) ((Map<?, ?>) Json.read(submitted.body())).get("id");
        // a second what-if while the first runs waits its turn
        Map<String, Object> second = Json.read(server.post("/api/compare", Map.of("base", server.base(), "set",
                Map.of("levers.allSuppliers.ivr.escapeHatch", true))).body());
        assertEquals("queued", second.get("status"));
        assertEquals(1, ((Number) second.get("queuePosition")).intValue());

        List<Map<String, Object>> events = events(id);
        assertTrue(events.size() >= 2, events.toString());
        assertEquals("done", events.get(events.size() - 1).get("status"), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("status").equals("running")), events.toString());
        double last = -1;
        for (Map<String, Object> e : events) {
            double p = ((Number) e.get("progress")).doubleValue();
            assertTrue(p >= last, "progress never goes back: " + events);
            last = p;
        }

        Map<String, Object> job = server.awaitJob(id);
        assertEquals("done", job.get("status"), job.toString());
        Map<String, Object> compare = cast(job.get("compare"));
        Path folder = server.outputs.resolve((String) job.get("folder"));
        assertFalse(Path.of((String) job.get("folder")).isAbsolute(), "the machine's layout is not shown");
        assertEquals(Json.read(Files.readString(folder.resolve("comparison.json"))), compare,
                "the job's comparison is comparison.json as compare writes it");
        assertEquals(List.of("old-bank-crm"), List.copyOf(((Map<?, ?>) compare.get("variants")).keySet()));
        Map<String, Object> summary = cast(job.get("summary"));
        assertTrue(((String) summary.get("headline")).contains("old-bank-crm"), summary.toString());
        assertEquals("Old Bank's own books", summary.get("books"), "a lever one supplier pays for reads its books");
        assertEquals(2, ((List<?>) summary.get("netBenefitCi95")).size());
        List<String> charts = cast(summary.get("charts"));
        assertTrue(charts.contains("charts/what-if-savings.png") && charts.contains("charts/what-if-drivers.png"),
                charts.toString());
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.root
                + "/api/jobs/" + id + "/files/" + charts.get(0))).header("Authorization", "Bearer "
                + server.studio.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, server.get("/api/jobs/" + id + "/files/../../small.yaml").statusCode());

        HttpResponse<String> pack = server.post("/api/jobs/" + id + "/board-pack", "{}");
        assertEquals(201, pack.statusCode(), pack.body());
        assertTrue(Files.size(folder.resolve("board-pack.pptx")) > 10_000);

        Map<String, Object> other = server.awaitJob((String) second.get("id"));
        assertEquals("done", other.get("status"), other.toString());
        assertEquals("the UK's books (every supplier)", ((Map<?, ?>) other.get("summary")).get("books"));

        // again, from the kept base runs and spin-ups: the same answer
        Map<String, Object> again = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                request).body())).get("id"));
        assertEquals(true, ((Map<?, ?>) again.get("summary")).get("baseKept"), "the base ran once");
        assertEquals(compare, again.get("compare"), "a what-if on a kept base answers as one that ran the base");

        // and as the command line's compare of the base with the what-if saved as a scenario
        assertEquals(201, server.post("/api/save", request).statusCode());
        Path cli = dir.resolve("cli-compare");
        assertEquals(0, Main.commandLine().execute("compare", server.scenarios.resolve("small.yaml").toString(),
                server.workspace().resolve("old-bank-crm.yaml").toString(), "--replications", "2", "--customers",
                "4000", "--out", cli.toString(), "--quiet"));
        assertEquals(Json.read(Files.readString(cli.resolve("comparison.json"))), compare,
                "the studio answers as cxsim compare does");
    }

    /**
     * A what-if of one sector on a base not yet run gives its payer's figures once that sector has run, before the
     * base's other sectors: the very figures of its answer. A what-if on the base once run gives none.
     */
    @Test
    void aWhatIfOfOneSectorOnABaseNotYetRunGivesItsPayersFiguresFirst() throws Exception {
        Files.writeString(server.scenarios.resolve("unopened.yaml"), "extends: small.yaml\nname: unopened\n"
                + "seed: 4242\nspinUp: {years: 1, customers: 2000}\n");
        Map<String, Object> job = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                Map.of("base", "unopened", "set", Map.of(CRM, 1), "name", "first-answer")).body())).get("id"));
        assertEquals("done", job.get("status"), job.toString());
        Map<String, Object> summary = cast(job.get("summary"));
        Map<String, Object> first = cast(job.get("firstAnswer"));
        assertTrue(first != null, "a first answer was given: " + job);
        for (String figure : List.of("headline", "businessCase", "books", "netBenefitGbpPerYear", "netBenefitCi95",
                "paybackMonths", "payback", "roi", "terminalValueGbp", "costSavedGbpPerYear", "costSavedCi95",
                "shown")) {
            assertEquals(summary.get(figure), first.get(figure), figure);
        }
        assertEquals(List.of(), first.get("charts"));
        assertEquals(false, summary.get("baseKept"));
        assertTrue(((Number) job.get("firstAnswerSeconds")).doubleValue() <= ((Number) job.get("seconds"))
                .doubleValue(), job.toString());

        // the page asks for the base's runs with the sector it looks at first; a sector the base lacks is a 400
        HttpResponse<String> wrong = server.post("/api/warm", Map.of("base", "unopened", "focus", "Banking, Water"));
        assertError(wrong, 400, "--focus names Water, a sector unopened lacks; its sectors are Banking, Energy");
        assertEquals(202, server.post("/api/warm", Map.of("base", "unopened", "focus", "Energy")).statusCode());
        Map<String, Object> again = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                Map.of("base", "unopened", "set", Map.of(CRM, 1), "name", "first-answer-again")).body()))
                .get("id"));
        assertEquals(true, ((Map<?, ?>) again.get("summary")).get("baseKept"), again.toString());
        assertFalse(again.containsKey("firstAnswer"), "a kept base answers at once: " + again);
        assertEquals(summary.get("netBenefitCi95"), ((Map<?, ?>) again.get("summary")).get("netBenefitCi95"),
                "the base run sector by sector is the base run at once");
    }

    /** A denser what-if on a base not yet run gives its payer's figures first too, the very figures of its answer. */
    @Test
    void aDenserWhatIfOnABaseNotYetRunGivesItsPayersFiguresFirst() throws Exception {
        Files.writeString(server.scenarios.resolve("unopened-denser.yaml"), "extends: small.yaml\n"
                + "name: unopened-denser\nseed: 4343\nspinUp: {years: 1, customers: 2000}\n");
        Map<String, Object> job = server.awaitJob(submit(Map.of("base", "unopened-denser", "set", Map.of(CRM, 1),
                "name", "first-denser", "focusDensity", 2)));
        assertEquals("done", job.get("status"), job.toString());
        Map<String, Object> summary = cast(job.get("summary"));
        Map<String, Object> first = cast(job.get("firstAnswer"));
        assertTrue(first != null, "a first answer was given: " + job);
        for (String figure : List.of("headline", "businessCase", "books", "netBenefitGbpPerYear", "netBenefitCi95",
                "paybackMonths", "payback", "roi", "terminalValueGbp", "shown")) {
            assertEquals(summary.get(figure), first.get(figure), figure);
        }
        // the UK's cost saved sums the other sectors' (equal) figures too, which the first answer had not run: a moved
        // sector's counts are fractions, so the two sums agree to rounding, not bit for bit
        double saved = ((Number) summary.get("costSavedGbpPerYear")).doubleValue();
        assertEquals(saved, ((Number) first.get("costSavedGbpPerYear")).doubleValue(), Math.ulp(saved) * 64);
        Map<String, Object> compare = cast(job.get("compare"));
        Map<String, Object> focus = cast(((Map<?, ?>) compare.get("focus")).get("first-denser"));
        assertEquals(2 * ((Number) compare.get("customers")).intValue(),
                ((Number) ((Map<?, ?>) focus.get("customers")).get("Banking")).intValue());
    }

    /**
     * The page asks for the base's runs at the size and seed its fields hold, so the what-if at that seed finds its
     * base run.
     */
    @Test
    void theBaseRunsAtTheSizeAndSeedThePageAsksFor(@TempDir Path other) throws Exception {
        try (StudioServer fresh = new StudioServer(other, "127.0.0.1")) {
            assertEquals(202, fresh.post("/api/warm", Map.of("base", "small", "customers", 3000, "replications", 2,
                    "seed", 77)).statusCode());
            long end = System.currentTimeMillis() + 120_000;
            while (fresh.studio.jobs().basesRun() == 0 && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            assertEquals(1, fresh.studio.jobs().basesRun(), "the base ran within two minutes");
            Map<String, Object> job = fresh.awaitJob((String) ((Map<?, ?>) Json.read(fresh.post("/api/compare",
                    Map.of("base", "small", "set", Map.of(CRM, 1), "customers", 3000, "replications", 2, "seed", 77))
                    .body())).get("id"));
            assertEquals(true, ((Map<?, ?>) job.get("summary")).get("baseKept"), job.toString());
            assertEquals(400, fresh.post("/api/warm", Map.of("base", "small", "customers", 5)).statusCode());
        }
    }

    /**
     * Under a denser focus the page asks for the base's denser runs of the sector it looks at too, so a denser
     * what-if there runs only itself.
     */
    @Test
    void theBaseRunsItsDenserSectorWhenThePageAsks(@TempDir Path other) throws Exception {
        try (StudioServer fresh = new StudioServer(other, "127.0.0.1")) {
            Map<String, Object> size = Map.of("base", "small", "customers", 2000, "replications", 2, "seed", 78);
            Map<String, Object> warm = new java.util.HashMap<>(size);
            warm.put("focus", "Banking");
            warm.put("focusDensity", 2);
            assertEquals(202, fresh.post("/api/warm", warm).statusCode());
            long end = System.currentTimeMillis() + 120_000;
            while (fresh.studio.jobs().basesWarmedDenser("small") == 0 && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            assertEquals(1, fresh.studio.jobs().basesWarmedDenser("small"), "the base and its denser Banking ran in"
                    + " two minutes");
            Map<String, Object> ask = new java.util.HashMap<>(size);
            ask.putAll(Map.of("set", Map.of(CRM, 1), "name", "denser-warmed", "focusDensity", 2));
            Map<String, Object> job = fresh.awaitJob((String) ((Map<?, ?>) Json.read(fresh.post("/api/compare", ask)
                    .body())).get("id"));
            assertEquals("done", job.get("status"), job.toString());
            assertEquals(true, ((Map<?, ?>) job.get("summary")).get("baseKept"), job.toString());
            // small.yaml: 10 days of warm-up and 30 measured; two replications of the what-if alone
            assertEquals(2L * (10 + 30), ((Number) job.get("daysTotal")).longValue(), "the what-if ran itself alone,"
                    + " not the base's denser runs too: " + job);
        }
    }

    /** A base's title says what the base does: a what-if on it is named by its own name, as a saved one would be. */
    @Test
    void aWhatIfOnATitledBaseIsCalledByItsOwnName() throws Exception {
        Files.writeString(server.scenarios.resolve("titled.yaml"), "extends: small.yaml\nname: titled\n"
                + "title: \"the small market as it stands\"\n");
        Map<String, Object> job = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                Map.of("base", "titled", "set", Map.of(CRM, 1), "name", "titled-crm")).body())).get("id"));
        assertEquals("done", job.get("status"), job.toString());
        String headline = (String) ((Map<?, ?>) job.get("summary")).get("headline");
        assertTrue(headline.startsWith("titled-crm: "), headline);
        assertEquals(Map.of("titled", "the small market as it stands"), ((Map<?, ?>) job.get("compare"))
                .get("titles"));
    }

    /** Every sector simulated again gives what reusing the base's unchanged ones gives, and the answer says so. */
    @Test
    void aWhatIfWithFocusAllAnswersAsTheFocusedOne() throws Exception {
        Map<String, Object> auto = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                Map.of("base", server.base(), "set", Map.of(CRM, 1), "name", "focus-auto")).body())).get("id"));
        Map<String, Object> all = server.awaitJob((String) ((Map<?, ?>) Json.read(server.post("/api/compare",
                Map.of("base", server.base(), "set", Map.of(CRM, 1), "name", "focus-all", "focus", "all")).body()))
                .get("id"));
        assertEquals("done", all.get("status"), all.toString());
        Map<String, Object> autoFocus = cast(((Map<?, ?>) ((Map<?, ?>) auto.get("compare")).get("focus"))
                .get("focus-auto"));
        Map<String, Object> allFocus = cast(((Map<?, ?>) ((Map<?, ?>) all.get("compare")).get("focus"))
                .get("focus-all"));
        assertEquals(List.of("Banking"), autoFocus.get("sectors"));
        assertEquals(List.of("Banking", "Energy"), allFocus.get("sectors"));
        assertEquals("--focus all", allFocus.get("allBecause"));
        assertEquals(((Map<?, ?>) auto.get("summary")).get("netBenefitCi95"),
                ((Map<?, ?>) all.get("summary")).get("netBenefitCi95"));
        Object autoCase = ((Map<?, ?>) ((Map<?, ?>) auto.get("compare")).get("businessCase")).get("focus-auto");
        assertFalse(autoCase == null || autoCase.toString().isEmpty(), auto.toString());
        assertEquals(autoCase, ((Map<?, ?>) ((Map<?, ?>) all.get("compare")).get("businessCase")).get("focus-all"));
    }

    @Test
    void aWhatIfWithADenserFocusRunsItsSectorAtThatSize() throws Exception {
        Map<String, Object> job = server.awaitJob(submit(Map.of("base", server.base(), "set", Map.of(CRM, 1),
                "name", "focus-denser", "replications", 2, "focusDensity", 3)));
        assertEquals("done", job.get("status"), String.valueOf(job.get("error")));
        assertEquals(3, ((Number) job.get("focusDensity")).intValue(), "the job says its density");
        Map<String, Object> compare = cast(job.get("compare"));
        Map<String, Object> focus = cast(((Map<?, ?>) compare.get("focus")).get("focus-denser"));
        assertEquals(List.of("Banking"), focus.get("sectors"));
        assertEquals(3 * ((Number) compare.get("customers")).intValue(),
                ((Number) ((Map<?, ?>) focus.get("customers")).get("Banking")).intValue());
        double[] ci = interval(job);
        assertTrue(ci[0] < ci[1], "an interval from replications at the denser size");

        // run longer at its density: the comparison a denser what-if at four replications gives from the start
        String id = (String) job.get("id");
        assertEquals(202, server.post("/api/jobs/" + id + "/longer", "{}").statusCode());
        Map<String, Object> longer = cast(server.awaitJob(id).get("compare"));
        assertEquals(4, ((Number) longer.get("replications")).intValue());
        Map<String, Object> direct = cast(server.awaitJob(submit(Map.of("base", server.base(), "set",
                Map.of(CRM, 1), "name", "focus-denser", "replications", 4, "focusDensity", 3))).get("compare"));
        assertEquals(Json.write(direct.get("businessCase")), Json.write(longer.get("businessCase")));
        assertEquals(Json.write(direct.get("focus")), Json.write(longer.get("focus")));
    }

    /**
     * A what-if on every member of the base's ensemble answers as cxsim compare --ensemble does, with the spread across
     * the members in words; an ensemble the base lacks is a 404 and the job cannot run longer.
     */
    @Test
    void aWhatIfAcrossTheBasesEnsembleAnswersAsCompareDoes() throws Exception {
        Path ensemble = StudioServer.smallEnsemble(server.scenarios);
        Map<String, Object> offered = Json.read(server.get("/api/ensembles?scenario=" + server.base()).body());
        assertEquals(List.of(Map.of("name", "small", "title", "small-ensemble", "members", 2, "customers", 2000)),
                offered.get("ensembles"));
        assertError(server.post("/api/compare", Map.of("base", server.base(), "set", Map.of(CRM, 1), "ensemble",
                "nope")), 404, "no ensemble named 'nope' for small; its ensembles: small");

        Map<String, Object> request = Map.of("base", server.base(), "set", Map.of(CRM, 1), "name", "crm-worlds",
                "ensemble", "small");
        HttpResponse<String> submitted = server.post("/api/compare", request);
        assertEquals(202, submitted.statusCode(), submitted.body());
        String id = (String) ((Map<?, ?>) Json.read(submitted.body())).get("id");
        Map<String, Object> job = server.awaitJob(id);
        assertEquals("done", job.get("status"), job.toString());
        assertEquals("small", job.get("ensemble"));
        assertEquals(2000, ((Number) job.get("customers")).intValue(), "the members run at the ensemble's size");
        Map<String, Object> compare = cast(job.get("compare"));
        Map<String, Object> across = cast(compare.get("ensemble"));
        assertEquals(2, ((Number) across.get("members")).intValue());
        assertEquals("ensembles/small.yaml", across.get("file"), "the machine's layout is not shown");
        String sentence = (String) ((Map<?, ?>) job.get("summary")).get("acrossEnsemble");
        assertTrue(sentence.contains("in 90% of the worlds that fit the evidence"), sentence);
        assertError(server.post("/api/jobs/" + id + "/longer", "{}"), 409, "ran on every member of the ensemble");

        // the command line, on the what-if saved as a scenario and the same ensemble file, answers the same
        assertEquals(201, server.post("/api/save", Map.of("base", server.base(), "set", Map.of(CRM, 1), "name",
                "crm-worlds")).statusCode());
        Path cli = dir.resolve("cli-ensemble");
        assertEquals(0, Main.commandLine().execute("compare", server.scenarios.resolve("small.yaml").toString(),
                server.workspace().resolve("crm-worlds.yaml").toString(), "--ensemble", ensemble.toString(),
                "--replications", "2", "--out", cli.toString(), "--quiet"));
        Map<String, Object> expected = Json.read(Files.readString(cli.resolve("comparison.json")));
        ((Map<String, Object>) cast(expected.get("ensemble"))).put("file", "ensembles/small.yaml");
        assertEquals(expected, compare, "the studio answers as cxsim compare --ensemble does");
    }

    @Test
    void aWhatIfSavedAsAScenarioExtendsItsBaseWithOnlyTheChangedLeversAndReopens() throws Exception {
        Map<String, Object> request = Map.of("base", server.base(), "set", Map.of(CRM, 0.9,
                "levers.staffingMultiplier", 1.2), "name", "old-bank-history");
        HttpResponse<String> saved = server.post("/api/save", request);
        assertEquals(201, saved.statusCode(), saved.body());
        Path file = server.workspace().resolve("old-bank-history.yaml");
        assertFalse(Files.exists(server.scenarios.resolve("old-bank-history.yaml")), "never into the built-ins");
        String text = Files.readString(file);
        assertTrue(text.contains("extends: ../../../scenarios/small.yaml"), text);
        assertFalse(text.contains("marketShare"), "only the changed levers: " + text);
        var loaded = Scenarios.load(file, List.of());
        assertEquals("old-bank-history", loaded.params().name());
        List<Map<String, Object>> listed = cast(((Map<?, ?>) Json.read(server.get("/api/scenarios").body()))
                .get("scenarios"));
        assertTrue(listed.stream().anyMatch(s -> s.get("id").equals("old-bank-history")
                && s.get("kind").equals("saved in the studio")), listed.toString());
        Map<String, Object> levers = Json.read(server.get("/api/levers?scenario=old-bank-history").body());
        Map<String, Object> current = cast(lever(levers, "crm.context").get("current"));
        assertEquals(0.9, ((Number) current.get("Banking/Old Bank")).doubleValue(), "re-opened with its lever");
        assertEquals(1.2, ((Number) ((Map<?, ?>) lever(levers, "levers.staffingMultiplier").get("current"))
                .get("all")).doubleValue());
        assertError(server.post("/api/save", request), 409, "already exists");
        assertError(server.post("/api/save", Map.of("base", server.base(), "set", Map.of(CRM, 0.9), "name",
                "../escape")), 400, "name must be");

        HttpResponse<String> download = server.post("/api/scenario-yaml", request);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("old-bank-history.yaml"));
        assertTrue(download.body().contains("crm:") && download.body().contains("context: 0.9"), download.body());
    }

    /**
     * Two finished what-ifs on the same base, ticked: one comparison of both (each against the same base runs), one
     * report opening with the decision for each, and one board pack with a waterfall each; the history lists it as a
     * job of its own with the levers in words. What cannot be put side by side is refused with a reason.
     */
    @Test
    void finishedWhatIfsOnOneBaseGoSideBySideInOneReportAndOneBoardPack() throws Exception {
        String crm = submit(Map.of("base", server.base(), "set", Map.of(CRM, 1,
                "sectors.Banking.suppliers.Old Bank.investment.oneOffGbp", 50_000), "name", "sbs-crm"));
        String hatch = submit(Map.of("base", server.base(), "set", Map.of("levers.allSuppliers.ivr.escapeHatch",
                true), "name", "sbs-hatch"));
        String smaller = submit(Map.of("base", server.base(), "set", Map.of(CRM, 0.8), "customers", 3000,
                "name", "sbs-smaller"));
        for (String id : List.of(crm, hatch, smaller)) {
            assertEquals("done", server.awaitJob(id).get("status"), id);
        }
        Map<String, Object> listed = Json.read(server.get("/api/jobs/" + crm).body());
        assertEquals(List.of("Old Bank: Contacts where the agent sees the customer's history = 100%",
                "Old Bank: Investment paid once = GBP 50,000"), listed.get("changes"), "levers in words");
        assertEquals(List.of("All suppliers: 'Press 0 for a person' escape hatch = yes"),
                Json.<Map<String, Object>>read(server.get("/api/jobs/" + hatch).body()).get("changes"));

        HttpResponse<String> made = server.post("/api/side-by-side", Map.of("jobs", List.of(crm, hatch),
                "question", "Which fix first?"));
        assertEquals(201, made.statusCode(), made.body());
        Map<String, Object> job = Json.read(made.body());
        assertEquals("side-by-side", job.get("kind"));
        assertEquals("done", job.get("status"));
        assertEquals(List.of(crm, hatch), job.get("parts"));
        Path folder = server.outputs.resolve((String) job.get("folder"));
        Map<String, Object> merged = Json.read(Files.readString(folder.resolve("comparison.json")));
        assertEquals(List.of("sbs-crm", "sbs-hatch"), List.copyOf(((Map<?, ?>) merged.get("variants")).keySet()));
        for (String id : List.of(crm, hatch)) {
            Map<String, Object> one = cast(Json.<Map<String, Object>>read(server.get("/api/jobs/" + id).body())
                    .get("compare"));
            String name = ((Map<?, ?>) one.get("variants")).keySet().iterator().next().toString();
            assertEquals(((Map<?, ?>) one.get("variants")).get(name), ((Map<?, ?>) merged.get("variants")).get(name),
                    "each what-if's figures as it ran them, against the same base");
            assertEquals(((Map<?, ?>) one.get("businessCase")).get(name),
                    ((Map<?, ?>) merged.get("businessCase")).get(name));
        }
        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("<h1>Which fix first?</h1>") && report.contains("<h2>The decision</h2>")
                && report.contains("<b>sbs-crm</b>:") && report.contains("<b>sbs-hatch</b>:"), "one report of both");
        HttpResponse<String> pack = server.post("/api/jobs/" + job.get("id") + "/board-pack", "{}");
        assertEquals(201, pack.statusCode(), pack.body());
        try (var in = Files.newInputStream(folder.resolve("board-pack.pptx"));
             var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            var decision = deck.getSlides().stream().filter(x -> "The decision".equals(x.getTitle())).findFirst()
                    .orElseThrow();
            String text = decision.getShapes().stream().filter(x -> x instanceof org.apache.poi.xslf.usermodel
                    .XSLFTextShape).map(x -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) x).getText())
                    .reduce("", String::concat);
            assertTrue(text.contains("sbs-crm: ") && text.contains("sbs-hatch: "), text);
            assertEquals(2, deck.getSlides().stream().filter(x -> String.valueOf(x.getTitle()).startsWith("sbs-"))
                    .count(), "a waterfall each");
        }
        List<Map<String, Object>> all = cast(Json.<Map<String, Object>>read(server.get("/api/jobs").body())
                .get("jobs"));
        assertTrue(all.stream().anyMatch(j -> j.get("id").equals(job.get("id"))), "the history lists it");

        assertError(server.post("/api/side-by-side", Map.of("jobs", List.of(crm))), 400, "tick 2 to 8");
        assertError(server.post("/api/side-by-side", Map.of("jobs", List.of(crm, "99999"))), 404, "no job");
        assertError(server.post("/api/side-by-side", Map.of("jobs", List.of(crm, smaller))), 409,
                "different sizes");
        assertError(server.post("/api/side-by-side", Map.of("jobs", List.of(crm, (String) job.get("id")))), 409,
                "not a finished what-if");
        assertError(server.post("/api/side-by-side", Map.of("jobs", List.of(crm, hatch), "extra", 1)), 400,
                "unknown field");
    }

    @Test
    void aFinishedWhatIfRunsLongerOnTheSameJobAndKeepsItsFirstAnswer() throws Exception {
        Map<String, Object> first = finished(1, "longer");
        String id = (String) first.get("id");
        Path firstFolder = server.outputs.resolve((String) first.get("folder"));
        double[] firstCi = interval(first);

        HttpResponse<String> asked = server.post("/api/jobs/" + id + "/longer", "{}");
        assertEquals(202, asked.statusCode(), asked.body());
        assertEquals(4, ((Number) Json.<Map<String, Object>>read(asked.body()).get("replications")).intValue(),
                "the studio's step (its default replications) added");
        assertError(server.post("/api/jobs/" + id + "/longer", "{}"), 409, "only a finished what-if");
        Map<String, Object> again = server.awaitJob(id);
        assertEquals("done", again.get("status"), String.valueOf(again.get("error")));
        Map<String, Object> compare = cast(again.get("compare"));
        assertEquals(4, ((Number) compare.get("replications")).intValue());
        Path longerFolder = server.outputs.resolve((String) again.get("folder"));
        assertFalse(longerFolder.equals(firstFolder), "a folder of its own");
        assertTrue(Files.isRegularFile(firstFolder.resolve("comparison.json")), "the first answer is kept");
        assertTrue(Files.isRegularFile(longerFolder.resolve("report.html")));
        double[] longerCi = interval(again);
        assertTrue(longerCi[1] - longerCi[0] < firstCi[1] - firstCi[0],
                "four replications narrow the interval: " + java.util.Arrays.toString(firstCi) + " then "
                        + java.util.Arrays.toString(longerCi));

        // the longer answer is the comparison a what-if at four replications gives from the start
        String fresh = submit(Map.of("base", server.base(), "set", Map.of(CRM, 1), "name", "longer",
                "replications", 4));
        Map<String, Object> direct = cast(server.awaitJob(fresh).get("compare"));
        assertEquals(Json.write(direct.get("businessCase")), Json.write(compare.get("businessCase")));
        assertEquals(Json.write(direct.get("variants")), Json.write(compare.get("variants")));

        assertError(server.post("/api/jobs/99999/longer", "{}"), 404, "no job");
    }

    @Test
    void aLongerRunStoppedGoesBackToTheAnswerItHad() throws Exception {
        Map<String, Object> first = finished(0.9, "stopped-longer");
        String id = (String) first.get("id");
        // a larger what-if takes the worker, so the longer run waits its turn and is stopped before it starts
        String busy = submit(Map.of("base", server.base(), "set", Map.of(CRM, 0.7), "name", "busy",
                "customers", 400_000, "replications", 2));
        HttpResponse<String> asked = server.post("/api/jobs/" + id + "/longer", "{}");
        assertEquals(202, asked.statusCode(), asked.body());
        Map<String, Object> stopped = Json.read(server.delete("/api/jobs/" + id).body());
        assertEquals("done", stopped.get("status"), "back to the answer it had");
        assertEquals(2, ((Number) stopped.get("replications")).intValue());
        assertEquals(first.get("folder"), stopped.get("folder"));
        assertEquals(Json.write(first.get("summary")), Json.write(stopped.get("summary")));
        server.delete("/api/jobs/" + busy);
    }

    /** A what-if of Old Bank's CRM context at {@code crm}, two replications, run to its answer. */
    private static Map<String, Object> finished(double crm, String name) throws Exception {
        Map<String, Object> job = server.awaitJob(submit(Map.of("base", server.base(), "set", Map.of(CRM, crm),
                "name", name, "replications", 2)));
        assertEquals("done", job.get("status"), String.valueOf(job.get("error")));
        return job;
    }

    private static double[] interval(Map<String, Object> job) {
        List<?> ci = (List<?>) ((Map<?, ?>) job.get("summary")).get("netBenefitCi95");
        return new double[] {((Number) ci.get(0)).doubleValue(), ((Number) ci.get(1)).doubleValue()};
    }

    private static String submit(Map<String, Object> request) throws Exception {
        HttpResponse<String> r = server.post("/api/compare", request);
        assertEquals(202, r.statusCode(), r.body());
        return (String) ((Map<?, ?>) Json.read(r.body())).get("id");
    }

    /** Reads the job's server-sent events to the end of the stream. */
    private static List<Map<String, Object>> events(String id) throws Exception {
        HttpResponse<Stream<String>> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.root + "/api/jobs/" + id + "/events")).header("Authorization", "Bearer "
                + server.studio.token()).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        List<Map<String, Object>> out = new ArrayList<>();
        try (Stream<String> lines = r.body()) {
            lines.filter(l -> l.startsWith("data: ")).forEach(l -> out.add(Json.read(l.substring(6))));
        }
        return out;
    }

    private static void assertError(HttpResponse<String> r, int status, String part) {
        assertEquals(status, r.statusCode(), r.body());
        String error = (String) ((Map<?, ?>) Json.read(r.body())).get("error");
        assertTrue(error.contains(part), error);
        assertFalse(error.contains("\n"), error);
    }

    private static Map<String, Object> lever(Map<String, Object> levers, String key) {
        List<Map<String, Object>> all = cast(levers.get("levers"));
        return all.stream().filter(l -> l.get("lever").equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
