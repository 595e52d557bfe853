package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.cxsim.output.Json;

/**
 * The studio page in headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded): load it,
 * change a lever, see the validation error of an out-of-range value beside it, run a small what-if, watch its
 * progress and result, save it, and re-open it. Screenshots are kept in target/studio/.
 */
class StudioPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/studio");

    @TempDir
    Path dir;

    @Test
    void aStrategistTriesAWhatIfSavesItAndReopensIt() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        try (StudioServer server = new StudioServer(dir, "127.0.0.1")) {
            WebDriver browser = browser();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
                browser.get(server.studio.address());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        ".lever[data-lever='crm.context']")));
                assertEquals("cxsim studio", browser.getTitle());
                new Select(browser.findElement(By.id("base"))).selectByValue(server.base());
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        ".lever[data-lever='crm.context'] .now"), "now 40% to 60%"));

                // one supplier, an out-of-range value: the error shows beside the control and Run stays off
                new Select(browser.findElement(By.id("scope"))).selectByVisibleText("Supplier: Old Bank (Banking)");
                WebElement row = wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        ".lever[data-lever='crm.context'] .now"), "now 40%;")) ? lever(browser, "crm.context") : null;
                WebElement crm = row.findElement(By.tagName("input"));
                // levers in business units: a share is typed in percent, and an error speaks of the lever
                crm.sendKeys("150\t");
                wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.className("error")),
                        "out of range"));
                assertEquals("Contacts where the agent sees the customer's history: 150% is out of range; allowed 0% "
                        + "to 100%", row.findElement(By.className("error")).getText());
                assertFalse(browser.findElement(By.id("run")).isEnabled(), "no run while a lever is out of range");
                shot(browser, "1-validation-error.png");

                crm.clear();
                crm.sendKeys("100\t");
                wait.until(ExpectedConditions.textToBe(By.cssSelector(".lever[data-lever='crm.context'] .error"), ""));
                WebElement followsTransfer = lever(browser, "crm.followsTransfer").findElement(By.tagName("select"));
                new Select(followsTransfer).selectByVisibleText("yes");
                // an investment says who pays it: here Old Bank alone; for a sector, each of its suppliers
                WebElement invest = lever(browser, "investment.oneOffGbp").findElement(By.tagName("input"));
                invest.sendKeys("50000\t");
                wait.until(ExpectedConditions.textToBe(By.cssSelector(".lever[data-lever='investment.oneOffGbp'] "
                        + ".note"), "Old Bank pays it."));
                wait.until(ExpectedConditions.elementToBeClickable(By.id("run")));
                WebElement name = browser.findElement(By.id("name"));
                name.clear();
                name.sendKeys("old-bank-history");
                // the sector changed runs at twice the customers, the base's same sector too
                new Select(browser.findElement(By.id("density"))).selectByValue("2");
                // choosing it asks for the base's denser Banking, after the base's own runs
                long end = System.currentTimeMillis() + 120_000;
                while (server.studio.jobs().basesWarmedDenser(server.base()) == 0
                        && System.currentTimeMillis() < end) {
                    Thread.sleep(100);
                }
                assertEquals(1, server.studio.jobs().basesWarmedDenser(server.base()), "the base and its denser Banking ran");

                browser.findElement(By.id("run")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-box")));
                String firstProgress = browser.findElement(By.id("progress-text")).getText();
                assertFalse(firstProgress.isBlank(), "progress shows at once");
                shot(browser, "2-running.png");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "Done in"));
                String headline = browser.findElement(By.id("headline")).getText();
                assertTrue(headline.contains("old-bank-history") && headline.contains("95% CI"), headline);
                assertTrue(browser.findElement(By.id("net-benefit-label")).getText().contains("95% CI"));
                List<WebElement> charts = browser.findElements(By.cssSelector("#charts img"));
                assertTrue(charts.size() >= 3, charts.size() + " charts");
                wait.until(d -> charts.stream().allMatch(i -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", i)));
                List<String> tried = historyRows(browser);
                assertEquals(1, tried.size());
                assertTrue(tried.get(0).contains("old-bank-history") && tried.get(0).contains("done"), tried.get(0));
                assertTrue(tried.get(0).contains("2 times the customers in the sectors changed"), tried.get(0));
                shot(browser, "3-result.png");
                Map<String, Object> denser = server.awaitJob(jobNamed(server, "old-bank-history"));
                Map<?, ?> focus = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) denser.get("compare")).get("focus"))
                        .get("old-bank-history");
                assertEquals(8000, ((Number) ((Map<?, ?>) focus.get("customers")).get("Banking")).intValue(),
                        "Banking at twice the page's 4,000 customers");
                // small.yaml: 10 days of warm-up and 30 measured, each replication of the what-if alone
                assertEquals(((Number) denser.get("replications")).longValue() * 40,
                        ((Number) denser.get("daysTotal")).longValue(), "the what-if ran only itself: " + denser);
                new Select(browser.findElement(By.id("density"))).selectByValue("1");
                assertTrue(browser.findElement(By.id("longer-text")).getText().contains("more customers in the sectors"
                        + " changed"), "an unsure answer points to a denser sector too");

                // a second what-if on the same base: every supplier gets the escape hatch
                new Select(browser.findElement(By.id("scope"))).selectByValue("sector:Banking");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        ".lever[data-lever='investment.oneOffGbp'] .note"), "Per supplier: each of the "));
                new Select(browser.findElement(By.id("scope"))).selectByValue("all");
                new Select(lever(browser, "ivr.escapeHatch").findElement(By.tagName("select")))
                        .selectByVisibleText("yes");
                name.clear();
                name.sendKeys("escape-hatch");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("run"))).click();
                // the history is drawn again at every change: read it in one step, never through a kept element
                wait.until(d -> historyRows(d).size() == 2 && historyRows(d).get(1).contains("done"));

                // reload: the history comes back from the server, the levers in words; tick both, one pack of both
                browser.navigate().refresh();
                wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.querySelectorAll('#history tbody tr input.tick').length === 2"));
                String first = historyRows(browser).get(0);
                assertTrue(first.contains("Old Bank: Contacts where the agent sees the customer's history = 100%")
                        && first.contains("Old Bank: History follows a transfer = yes")
                        && first.contains("Old Bank: Investment paid once = GBP 50,000"), first);
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "document.querySelectorAll('#history tbody tr input.tick').forEach(b => b.click())");
                wait.until(ExpectedConditions.elementToBeClickable(By.id("side-by-side"))).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("headline"), "Side by side"));
                browser.findElement(By.id("board-pack")).click();
                WebElement pack = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-pack-link")));
                String packUrl = pack.getAttribute("href");
                assertTrue(packUrl.endsWith("/files/board-pack.pptx"), packUrl);
                String sideBySide = packUrl.replaceAll(".*/api/jobs/([0-9]+)/.*", "$1");
                Path packFile = server.outputs.resolve((String) server.awaitJob(sideBySide).get("folder"))
                        .resolve("board-pack.pptx");
                try (var in = Files.newInputStream(packFile); var deck = new org.apache.poi.xslf.usermodel
                        .XMLSlideShow(in)) {
                    assertEquals(2, deck.getSlides().stream().filter(x -> String.valueOf(x.getTitle())
                            .startsWith("old-bank-history:") || String.valueOf(x.getTitle())
                            .startsWith("escape-hatch:")).count(), "one waterfall each in one pack");
                }
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "document.getElementById('history-panel').scrollIntoView()");
                shot(browser, "3b-side-by-side.png");

                // back to the first what-if, to keep it
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "document.querySelector('#history tbody tr').click()");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save")));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("longer-text"),
                        "At 2 replications"));

                // run it longer: two more replications to the base and the what-if, the same job answering again
                browser.findElement(By.id("longer")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("longer-text"),
                        "At 4 replications"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "Done in"));
                assertTrue(historyRows(browser).get(0).contains("done"), historyRows(browser).get(0));
                shot(browser, "3c-longer.png");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save")));
                browser.findElement(By.id("save")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-message"), "Saved as"));
                Path saved = server.workspace().resolve("old-bank-history.yaml");
                assertTrue(Files.isRegularFile(saved), "saved into the workspace");
                String yaml = Files.readString(saved);
                assertTrue(yaml.contains("extends: ../../../scenarios/small.yaml") && yaml.contains(
                        "followsTransfer: true"), yaml);

                // re-open: the saved what-if is a scenario whose levers show the new values
                // the list is rebuilt after the save: ask the page in one step, so no element goes stale meanwhile
                wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return [...document.querySelectorAll('#base option')].some(o => o.value === "
                        + "'old-bank-history')"));
                new Select(browser.findElement(By.id("base"))).selectByValue("old-bank-history");
                new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("scope"))))
                        .selectByVisibleText("Supplier: Old Bank (Banking)");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        ".lever[data-lever='crm.context'] .now"), "now 100%;"));
                shot(browser, "4-reopened.png");
            } catch (RuntimeException | AssertionError e) {
                shot(browser, "failure.png");
                throw e;
            } finally {
                browser.quit();
            }
        }
    }

    /** A base with an ensemble: the page offers it, runs the what-if on every member and gives the spread. */
    @Test
    void aWhatIfAcrossTheBasesEnsembleShowsItsSpread() throws Exception {
        StudioServer.smallEnsemble(dir.resolve("scenarios"));
        onPage("failure-ensemble.png", (server, browser, wait) -> {
            browser.get(server.studio.address());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    ".lever[data-lever='ivr.escapeHatch']")));
            new Select(browser.findElement(By.id("base"))).selectByValue(server.base());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ensemble-box")));
            assertEquals("small: 2 parameter sets, 2,000 customers each", new Select(browser.findElement(
                    By.id("ensemble-name"))).getFirstSelectedOption().getText());
            new Select(lever(browser, "ivr.escapeHatch").findElement(By.tagName("select"))).selectByVisibleText("yes");
            browser.findElement(By.id("ensemble")).click();
            WebElement name = browser.findElement(By.id("name"));
            name.clear();
            name.sendKeys("hatch-worlds");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("run"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "Done in"));
            // the headline says the spread across the worlds, after the pooled answer
            String headline = browser.findElement(By.id("headline")).getText();
            assertTrue(headline.contains("Across the 2 worlds that fit the evidence") && headline.contains(
                    "in 90% of them"), headline);
            assertFalse(browser.findElement(By.id("longer-box")).isDisplayed(),
                    "an ensemble's what-if is run again, not longer");
            shot(browser, "6-across-ensemble.png");
        });
    }

    /** Steps on the studio's page in the browser. */
    private interface PageSteps {
        void run(StudioServer server, WebDriver browser, WebDriverWait wait) throws Exception;
    }

    /** Runs {@code steps} on a studio of this test's folder in a browser; a screenshot is kept if they fail. */
    private void onPage(String failureShot, PageSteps steps) throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        try (StudioServer server = new StudioServer(dir, "127.0.0.1")) {
            WebDriver browser = browser();
            try {
                steps.run(server, browser, new WebDriverWait(browser, Duration.ofSeconds(120)));
            } catch (RuntimeException | AssertionError e) {
                shot(browser, failureShot);
                throw e;
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A what-if's first answer (its payer's figures, given while the base's other sectors run) shows under the
     * progress bar while the job runs, and goes when it is done. The job is a real one's, read back from the API, shown
     * as it was while running.
     */
    @Test
    void aFirstAnswerShowsWhileTheBasesOtherSectorsRun() throws Exception {
        onPage("failure-first-answer.png", (server, browser, wait) -> {
            Files.writeString(server.scenarios.resolve("unopened.yaml"), "extends: small.yaml\nname: unopened\n"
                    + "seed: 99\n");
            String id = (String) ((java.util.Map<?, ?>) uk.cxsim.output.Json.read(server.post("/api/compare",
                    java.util.Map.of("base", "unopened", "set", java.util.Map.of(
                            "sectors.Banking.suppliers.Old Bank.crm.context", 1), "name", "first")).body())).get("id");
            server.awaitJob(id);
            String job = server.get("/api/jobs/" + id).body();
            browser.get(server.studio.address());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lever[data-lever='crm.context']")));
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
            js.executeScript("const j = JSON.parse(arguments[0]); j.status = 'running'; "
                    + "document.getElementById('progress-box').hidden = false; progress(j);", job);
            WebElement first = browser.findElement(By.id("first-answer"));
            assertTrue(first.isDisplayed());
            String text = first.getText();
            assertTrue(text.startsWith("First answer, ") && text.contains("first: ") && text.contains("95% CI")
                    && text.contains("the base's other sectors"), text);
            js.executeScript("const j = JSON.parse(arguments[0]); j.status = 'running'; updateJob(j);", job);
            String row = historyRows(browser).get(0);
            assertTrue(row.contains("on Old Bank's own books") && row.contains("running"), row);
            shot(browser, "7-first-answer.png");
            js.executeScript("progress(JSON.parse(arguments[0]));", job);
            assertFalse(browser.findElement(By.id("first-answer")).isDisplayed(), "the answer replaces it");
        });
    }

    /**
     * Two bases opened one after the other, the first answer held back until the second is shown: the page keeps
     * the second (the base chosen last), and drops the late answer.
     */
    @Test
    void aLateAnswerForAnEarlierBaseIsDropped() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("other.yaml"), "extends: small.yaml\nname: other\nsectors:\n  Banking:\n"
                + "    suppliers:\n      Old Bank:\n        crm: {context: 0.95}\n");
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean heldOnce = new AtomicBoolean();
        Studio.ResponseHook hold = (method, path, query) -> {
            if (path.equals("/api/levers") && "small".equals(query.get("scenario")) && heldOnce.compareAndSet(false,
                    true)) {
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (StudioServer server = new StudioServer(dir, "127.0.0.1", hold, Studio.Limits.DEFAULT)) {
            WebDriver browser = browser();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
                browser.get(server.studio.address());
                wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-base", "uk-baseline"));
                new Select(browser.findElement(By.id("base"))).selectByValue("small"); // held back
                new Select(browser.findElement(By.id("base"))).selectByValue("other");
                wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-base", "other"));
                new Select(browser.findElement(By.id("scope"))).selectByVisibleText("Supplier: Old Bank (Banking)");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        ".lever[data-lever='crm.context'] .now"), "now 95%;"));
                release.countDown(); // now the first base's answer arrives, late
                wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-dropped", "1"));
                assertEquals("other", browser.findElement(By.tagName("body")).getAttribute("data-base"));
                assertEquals("other", new Select(browser.findElement(By.id("base"))).getFirstSelectedOption()
                        .getAttribute("value"));
                assertTrue(lever(browser, "crm.context").findElement(By.className("now")).getText()
                        .startsWith("now 95%;"), "the base chosen last is shown");
                shot(browser, "5-late-answer-dropped.png");
            } catch (RuntimeException | AssertionError e) {
                shot(browser, "failure-race.png");
                throw e;
            } finally {
                release.countDown();
                browser.quit();
            }
        }
    }

    /** Each row of the history as text, read in one step. */
    @SuppressWarnings("unchecked")
    private static List<String> historyRows(WebDriver browser) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#history tbody tr')].map(r => r.innerText)");
    }

    private static WebElement lever(WebDriver browser, String key) {
        return browser.findElement(By.cssSelector(".lever[data-lever='" + key + "']"));
    }

    private WebDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1800", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (System.getenv("CXSIM_REQUIRE_BROWSER") != null) {
                fail("Chromium and its driver are required (CXSIM_REQUIRE_BROWSER is set) but " + CHROMIUM + " or "
                        + DRIVER + " is missing");
            }
            Assumptions.abort("Chromium or chromedriver not installed; CI installs them and sets "
                    + "CXSIM_REQUIRE_BROWSER");
        }
    }

    /** The id of the job of that name, as the studio lists it. */
    private static String jobNamed(StudioServer server, String name) throws Exception {
        for (Object j : (List<?>) ((Map<?, ?>) Json.read(server.get("/api/jobs").body())).get("jobs")) {
            if (name.equals(((Map<?, ?>) j).get("name"))) {
                return (String) ((Map<?, ?>) j).get("id");
            }
        }
        throw new AssertionError("no job named " + name);
    }
}
