package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import uk.cxsim.workflow.DensityCheck;

/**
 * {@code cxsim bench --density SEEDS}: the reference single-supplier what-if at the studio's size (or
 * {@code --customers}) and at 200,000 customers on SEEDS seeds each: whether the base's mean wait and the lever's
 * effects agree across the sizes (Welch 95% interval of the difference of the means).
 */
final class DensityBench {
    /** The larger size every check compares with. */
    static final int LARGE = 200_000;

    private DensityBench() {
    }

    static int run(int seeds, int customers, int replications, int threads, PrintWriter out) {
        out.printf(Locale.UK, "Sample size, albion-crm-context on the UK baseline: %,d against %,d customers, "
                        + "%d seeds, %d replications, focus auto, %d threads, %d cores%n", customers, LARGE, seeds,
                replications, threads, Runtime.getRuntime().availableProcessors());
        out.flush();
        List<DensityCheck.Figure> figures = DensityCheck.measure(
                ReferenceWhatIf.loader("--density", List.of("customers=" + customers)),
                ReferenceWhatIf.loader("--density", List.of("customers=" + LARGE)), seeds, replications, threads,
                (done, of) -> {
                    out.printf(Locale.UK, "  seed %d of %d done%n", done, of);
                    out.flush();
                });
        out.printf(Locale.UK, "%-44s %16s %16s %26s %6s%n", "figure", String.format(Locale.UK, "%,d", customers),
                String.format(Locale.UK, "%,d", LARGE), "difference (95% CI)", "agree");
        for (DensityCheck.Figure f : figures) {
            out.printf(Locale.UK, "%-44s %16.6g %16.6g %13.4g +/- %-9.3g %6s%n", f.name(), f.meanSmall(),
                    f.meanLarge(), f.difference(), f.halfWidth(), f.agree() ? "yes" : "no");
        }
        out.flush();
        return 0;
    }
}
