package uk.cxsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.StatUtils;

import uk.cxsim.output.Formats;
import uk.cxsim.output.RunFolder;
import uk.cxsim.scenario.TargetFile;
import uk.cxsim.studio.Studio;
import uk.cxsim.studio.StudioBench;

/**
 * {@code cxsim bench --studio}: the three reference what-ifs through the studio's own API at its workshop size, each
 * on a base the studio has not run (a new studio, after one what-if that warms the JVM up) and again on the base it
 * kept, with the interval's half width on the payer's books as a share of the net benefit; the time to the first
 * answer (the payer's figures, given before the base's other sectors have run) on the fresh base; and the one-supplier
 * and one-sector what-ifs, and the lever for one supplier of the last sector, asked a few seconds after the base was
 * opened and the lever's scope chosen, as on the page.
 */
final class StudioReferenceBench {
    /** Seconds between opening a base and asking the what-if: a room choosing its lever. */
    private static final double OPENED_PAUSE = 5;

    private StudioReferenceBench() {
    }

    static int run(int customers, int replications, int threads, int seeds, PrintWriter out)
            throws IOException, InterruptedException {
        Path scenarios = Path.of("scenarios");
        Path outputs = Files.createTempDirectory("cxsim-bench-studio");
        try {
            out.printf(Locale.UK, "Studio reference what-ifs on the UK baseline: %,d customers, %d replications, "
                            + "%d threads, %d cores, %s %s%n", customers, replications, threads,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            out.printf(Locale.UK, "%-32s %-40s %9s %9s %9s %16s %16s %8s%n", "what-if", "books", "first s",
                    "fresh s", "kept s", "net a year", "95% half width", "share");
            out.flush();
            StudioBench.Reference warmUp = StudioBench.references().get(2);
            try (Studio studio = start(scenarios, outputs.resolve("warm-up"), customers, replications, threads)) {
                StudioBench.time(studio, warmUp);
            }
            int k = 0;
            for (StudioBench.Reference r : StudioBench.references()) {
                try (Studio studio = start(scenarios, outputs.resolve("ref-" + k++), customers, replications,
                        threads)) {
                    StudioBench.Timed t = StudioBench.time(studio, r);
                    out.printf(Locale.UK, "%-32s %-40s %9.1f %9.1f %9.1f %16s %16s %7.0f%%%n", r.label(),
                            t.books(), t.firstSeconds(), t.freshSeconds(), t.keptSeconds(), Formats.gbp(t.net()),
                            "+/- " + Formats.gbp(t.halfWidth()), 100 * t.halfWidthShare());
                    out.flush();
                }
            }
            List<StudioBench.Reference> opened = List.of(StudioBench.references().get(0),
                    StudioBench.references().get(1), StudioBench.lastSector());
            List<String> sectors = List.of("Financial Services", "Financial Services", "Home Services");
            for (int o = 0; o < opened.size(); o++) {
                StudioBench.Reference r = opened.get(o);
                try (Studio studio = start(scenarios, outputs.resolve("opened-" + k++), customers, replications,
                        threads)) {
                    StudioBench.Timed t = StudioBench.timeOpened(studio, r, sectors.get(o), OPENED_PAUSE, null);
                    out.printf(Locale.UK, "%s, asked %.0f s after the base was opened: first answer %.1f s, "
                            + "answer %.1f s, kept %.1f s%n", r.label(), OPENED_PAUSE, t.firstSeconds(),
                            t.freshSeconds(), t.keptSeconds());
                    out.flush();
                }
            }
            if (seeds > 1) {
                overSeeds(scenarios, outputs.resolve("seeds"), customers, replications, threads, seeds, out);
            }
            return 0;
        } finally {
            RunFolder.removeTree(outputs);
        }
    }

    /** The single-supplier reference over {@code seeds} seeds, each a base of its own: the medians. */
    private static void overSeeds(Path scenarios, Path outputs, int customers, int replications, int threads,
                                  int seeds, PrintWriter out) throws IOException, InterruptedException {
        StudioBench.Reference albion = StudioBench.references().get(0);
        double[] first = new double[seeds];
        double[] fresh = new double[seeds];
        double[] kept = new double[seeds];
        double[] share = new double[seeds];
        try (Studio studio = start(scenarios, outputs, customers, replications, threads)) {
            for (int k = 0; k < seeds; k++) {
                StudioBench.Timed t = StudioBench.time(studio, albion, 1000L + k);
                first[k] = t.firstSeconds();
                fresh[k] = t.freshSeconds();
                kept[k] = t.keptSeconds();
                share[k] = t.halfWidthShare();
                out.printf(Locale.UK, "  seed %d: fresh first answer %.1f s (answer %.1f s), kept %.1f s, net %s %s "
                        + "(%.0f%%)%n", 1000 + k, first[k], fresh[k], kept[k], Formats.gbp(t.net()),
                        "+/- " + Formats.gbp(t.halfWidth()), 100 * share[k]);
                out.flush();
            }
        }
        double[] opened = new double[seeds];
        double[] openedKept = new double[seeds];
        try (Studio studio = start(scenarios, outputs.resolve("opened"), customers, replications, threads)) {
            for (int k = 0; k < seeds; k++) {
                StudioBench.Timed t = StudioBench.timeOpened(studio, albion, "Financial Services", OPENED_PAUSE,
                        2000L + k);
                opened[k] = t.firstSeconds();
                openedKept[k] = t.keptSeconds();
                out.printf(Locale.UK, "  seed %d, asked %.0f s after opening: first answer %.1f s (answer %.1f s), "
                        + "kept %.1f s%n", 2000 + k, OPENED_PAUSE, opened[k], t.freshSeconds(), openedKept[k]);
                out.flush();
            }
        }
        double[] ratio = new double[seeds];
        Arrays.setAll(ratio, k -> first[k] / kept[k]);
        double[] openedRatio = new double[seeds];
        Arrays.setAll(openedRatio, k -> opened[k] / openedKept[k]);
        out.printf(Locale.UK, "%s over %d seeds: median fresh first answer %.1f s (answer %.1f s), median kept %.1f s, "
                + "first answer over kept: median %.2f, most %.2f; median half width %.1f%% of the net%n",
                albion.label(), seeds, StatUtils.percentile(first, 50), StatUtils.percentile(fresh, 50),
                StatUtils.percentile(kept, 50), StatUtils.percentile(ratio, 50), StatUtils.max(ratio),
                100 * StatUtils.percentile(share, 50));
        out.printf(Locale.UK, "asked %.0f s after the base was opened: median first answer %.1f s, over kept: median "
                + "%.2f, most %.2f%n", OPENED_PAUSE, StatUtils.percentile(opened, 50),
                StatUtils.percentile(openedRatio, 50), StatUtils.max(openedRatio));
        out.flush();
    }

    private static Studio start(Path scenarios, Path outputs, int customers, int replications, int threads)
            throws IOException {
        Studio.Settings settings = Studio.Settings.of("127.0.0.1", 0, scenarios, outputs, customers, replications,
                TargetFile.loadDefault()).withThreads(threads);
        Studio.Limits limits = Studio.Limits.DEFAULT;
        settings = settings.withLimits(new Studio.Limits(Math.max(customers, limits.maxCustomers()),
                Math.max(replications, limits.maxReplications()), limits.maxActiveJobs()));
        return Studio.start(settings);
    }
}
