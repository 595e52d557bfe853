package uk.cxsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.scenario.Target;

/** Compares replicated figures with targets: pass or fail, and a penalty for calibration. */
public final class TargetChecks {
    /** An order counts as comfortably met when each figure leads the next by this relative margin. */
    static final double ORDER_MARGIN = 0.05;

    private TargetChecks() {
    }

    public static List<Check> evaluate(List<Target> targets, ReplicatedFigures figures) {
        List<Check> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(t instanceof Target.Value v ? value(v, figures) : order((Target.Order) t, figures));
        }
        return out;
    }

    /** Sum of the weighted penalties: what a calibration minimises. */
    public static double objective(List<Check> checks) {
        return checks.stream().mapToDouble(Check::penalty).sum();
    }

    private static Check value(Target.Value t, ReplicatedFigures figures) {
        Interval sim = figures.get(t.metric());
        double tol = t.absoluteTolerance();
        double error = sim.mean() - t.expected();
        boolean pass = Math.abs(error) <= tol;
        String ci = Double.isNaN(sim.halfWidth()) ? "" : " +/- " + format(sim.halfWidth());
        String tolerance = t.relative() ? String.format(Locale.UK, "+/- %.0f%%", 100 * t.tolerance())
                : "+/- " + format(tol);
        return new Check(t.name(), format(t.expected()), format(sim.mean()) + ci, tolerance, pass,
                t.weight() * (error / tol) * (error / tol), t.source());
    }

    private static Check order(Target.Order t, ReplicatedFigures figures) {
        List<String> chain = new ArrayList<>(t.metrics());
        String restLabel = null;
        if (t.aboveRest() != null) {
            String best = null;
            for (String m : figures.matching(t.aboveRest())) {
                if (!t.metrics().contains(m) && (best == null || figures.get(m).mean() > figures.get(best).mean())) {
                    best = m;
                }
            }
            if (best != null) {
                chain.add(best);
                restLabel = best;
            }
        }
        boolean pass = true;
        double penalty = 0;
        StringBuilder simulated = new StringBuilder();
        for (int k = 0; k < chain.size(); k++) {
            double v = figures.get(chain.get(k)).mean();
            if (k > 0) {
                double prev = figures.get(chain.get(k - 1)).mean();
                double scale = (Math.abs(prev) + Math.abs(v)) / 2 + 1e-12;
                double lead = (prev - v) / scale;
                pass &= prev > v;
                if (lead < ORDER_MARGIN) {
                    double gap = (ORDER_MARGIN - lead) / ORDER_MARGIN;
                    penalty += t.weight() * gap * gap;
                }
                simulated.append(prev > v ? " > " : " < ");
            }
            simulated.append(format(v));
        }
        StringBuilder expected = new StringBuilder();
        for (String m : t.metrics()) {
            expected.append(expected.length() == 0 ? "" : " > ").append(shortName(m));
        }
        if (restLabel != null) {
            expected.append(" > every other (top: ").append(shortName(restLabel)).append(')');
        }
        return new Check(t.name(), expected.toString(), simulated.toString(), "order", pass, penalty, t.source());
    }

    static String shortName(String metric) {
        String s = metric.startsWith("sectors.") ? metric.substring("sectors.".length()) : metric;
        int dot = s.lastIndexOf('.');
        if (metric.startsWith("sectors.") && dot > 0) {
            return s.substring(0, dot);
        }
        return dot > 0 ? s.substring(dot + 1) : s;
    }

    /** Numbers for people: GBP-sized values in bn/m, shares with 4 decimals. */
    public static String format(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.UK, "%.3gbn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.UK, "%.3gm", v / 1e6);
        }
        if (a >= 100) {
            return String.format(Locale.UK, "%.1f", v);
        }
        return String.format(Locale.UK, "%.4g", v);
    }
}
