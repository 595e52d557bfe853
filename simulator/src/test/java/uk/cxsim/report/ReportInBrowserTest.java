package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.cli.Main;

/**
 * The report opens in a real browser: headless Chromium loads report.html from disk with the network unused,
 * shows every chart, and logs no errors. A probe script injected into a copy of the page records console errors
 * and image loading into the DOM, which Chromium dumps. A screenshot is kept in target/.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PROBE = """
            <script>
            window.__errors = [];
            window.addEventListener('error', e => window.__errors.push('error: ' + (e.message || e.target.src)), true);
            const original = console.error;
            console.error = function () { window.__errors.push('console: ' + Array.from(arguments).join(' ')); };
            window.addEventListener('load', () => {
              const imgs = Array.from(document.images);
              const loaded = imgs.filter(i => i.complete && i.naturalWidth > 0).length;
              const pre = document.createElement('pre');
              pre.id = 'cxsim-check';
              pre.textContent = 'images=' + imgs.length + ' loaded=' + loaded + ' errors=' + window.__errors.length
                + ' ' + window.__errors.join(' | ');
              document.body.appendChild(pre);
            });
            </script>
            """;

    @TempDir
    Path dir;

    @Test
    void reportOpensOfflineWithEveryChartAndNoErrors() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CXSIM_REQUIRE_BROWSER") != null) {
                fail("Chromium is required (CXSIM_REQUIRE_BROWSER is set) but " + CHROMIUM + " is missing");
            }
            Assumptions.abort("Chromium not installed; CI installs it and sets CXSIM_REQUIRE_BROWSER");
        }
        Path run = dir.resolve("run");
        assertEquals(0, Main.execute("run", TestScenarios.SMALL.toString(), "--customers", "3000", "--days", "30",
                "--replications", "2", "--quiet", "--out", run.toString()));
        Path report = run.resolve("report.html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(Pattern.compile("(src|href)=\"https?:", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "the report must not fetch anything from the network");
        assertFalse(html.contains("<link"), "no external stylesheets");
        assertTrue(html.contains("Poor service costs UK suppliers"), "headline in plain words");

        Path probe = run.resolve("report-probe.html");
        Files.writeString(probe, html.replaceFirst("<head>", "<head>\n" + PROBE), StandardCharsets.UTF_8);
        String dom = chromium(List.of("--dump-dom", "--virtual-time-budget=10000", probe.toUri().toString()));
        Matcher m = Pattern.compile("images=(\\d+) loaded=(\\d+) errors=(\\d+)([^<]*)").matcher(dom);
        assertTrue(m.find(), "the probe did not run; DOM was:\n" + dom.substring(0, Math.min(2000, dom.length())));
        int images = Integer.parseInt(m.group(1));
        assertTrue(images >= 6, "expected the run's charts, found " + images + " images");
        assertEquals(images, Integer.parseInt(m.group(2)), "every image must load");
        assertEquals(0, Integer.parseInt(m.group(3)), "errors in the page:" + m.group(4));

        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(List.of("--screenshot=" + shot, "--window-size=1280,2400", report.toUri().toString()));
        assertTrue(Files.size(shot) > 50_000, "screenshot " + shot);
    }

    private String chromium(List<String> args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.log").toFile());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish");
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(dir.resolve("chromium.log")));
        return out;
    }
}
