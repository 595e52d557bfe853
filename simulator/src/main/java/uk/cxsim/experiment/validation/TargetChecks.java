package uk.cxsim.experiment.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.cxsim.metrics.Check;
import uk.cxsim.metrics.CheckNumbers;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.ReplicatedFigures;
import uk.cxsim.output.Formats;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetRole;

/** Compares replicated figures with targets: pass or fail, and a penalty for calibration. */
public final class TargetChecks {
    /** An order counts as comfortably met when each figure leads the next by this relative margin. */
    static final double ORDER_MARGIN = 0.05;
    /** A held-out figure is implausible, and fails, at this many combined standard deviations from its observation. */
    public static final double IMPLAUSIBLE = 3;
    /**
     * A calibration figure is precise enough when its Monte Carlo standard error is under this share of its band's
     * half-width.
     */
    static final double PRECISION = 0.25;

    private TargetChecks() {
    }

    /** The checks a fit uses: a figure passes when its mean lies in the band. */
    public static List<Check> evaluate(List<Target> targets, ReplicatedFigures figures) {
        List<Check> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(t instanceof Target.Value v ? value(v, figures, false) : order((Target.Order) t, figures));
        }
        return out;
    }

    /**
     * The checks validation reports. A calibration (or input) figure passes when its mean lies in the band and its
     * Monte Carlo standard error is under a quarter of the band's half-width; a held-out (or used-in-development)
     * figure passes when its implausibility is under {@link #IMPLAUSIBLE}.
     *
     * @param experiments for each natural experiment (by target name), the figure's relative change in each
     *                    replication; a target missing here is reported as not run
     */
    public static List<Check> validate(List<Target> targets, ReplicatedFigures figures,
                                       Map<String, double[]> experiments) {
        List<Check> out = new ArrayList<>();
        for (Target t : targets) {
            if (t instanceof Target.Order o) {
                out.add(order(o, figures));
            } else if (t instanceof Target.Value v && v.whatIf() != null) {
                double[] values = experiments.get(v.name());
                out.add(values == null ? notRun(v) : judged(v, values));
            } else if (t instanceof Target.Value v && judgedByImplausibility(v.role())) {
                out.add(judged(v, figures.values(v.metric())));
            } else {
                out.add(value((Target.Value) t, figures, true));
            }
        }
        return out;
    }

    /** Sum of the weighted penalties: what a calibration minimises. */
    public static double objective(List<Check> checks) {
        return checks.stream().mapToDouble(Check::penalty).sum();
    }

    private static boolean judgedByImplausibility(TargetRole role) {
        return role == TargetRole.HELD_OUT || role == TargetRole.USED_IN_DEVELOPMENT;
    }

    private static Check value(Target.Value t, ReplicatedFigures figures, boolean needPrecision) {
        Interval sim = figures.get(t.metric());
        double tol = t.absoluteTolerance();
        double error = sim.mean() - t.expected();
        double mcse = sim.n() > 1 ? sim.sd() / Math.sqrt(sim.n()) : Double.NaN;
        boolean inBand = t.band().contains(sim.mean());
        boolean precise = mcse < tol * PRECISION;
        boolean pass = needPrecision ? inBand && precise : inBand;
        String ci = Double.isNaN(sim.halfWidth()) ? "" : " " + Formats.plusMinus(Formats.number(sim.halfWidth()));
        String tolerance = t.band().label() + (needPrecision && inBand && !precise
                ? " (too imprecise: MCSE " + Formats.number(mcse) + ")" : "");
        CheckNumbers numbers = new CheckNumbers(t.expected(), sim.mean(), sim.low(), sim.high(), mcse,
                t.band().low(), t.band().high(), Double.NaN, Double.NaN, Double.NaN);
        return new Check(t.name(), Formats.number(t.expected()), Formats.number(sim.mean()) + ci, tolerance, pass,
                t.weight() * (error / tol) * (error / tol), t.source(), t.role().key(), numbers);
    }

    /**
     * A held-out figure against its observation: the spread of the runs (2.5th to 97.5th percentile) and the
     * implausibility |observed - mean| / sqrt(observation variance + run variance + discrepancy variance), where the
     * band is read as the observation's 95% interval on the side the simulated mean falls.
     */
    private static Check judged(Target.Value t, double[] values) {
        Interval sim = Interval.of(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double low = percentile(sorted, 0.025);
        double high = percentile(sorted, 0.975);
        double side = sim.mean() < t.expected() ? t.expected() - t.band().low() : t.band().high() - t.expected();
        double observation = side / 1.96;
        double spread = sorted.length > 1 ? sim.sd() : 0;
        double implausibility = Math.abs(t.expected() - sim.mean()) / Math.sqrt(observation * observation
                + spread * spread + t.discrepancy() * t.discrepancy());
        double mcse = sim.n() > 1 ? sim.sd() / Math.sqrt(sim.n()) : Double.NaN;
        CheckNumbers numbers = new CheckNumbers(t.expected(), sim.mean(), sim.low(), sim.high(), mcse,
                t.band().low(), t.band().high(), low, high, implausibility);
        return new Check(t.name(), Formats.number(t.expected()) + " (" + Formats.number(t.band().low()) + " to "
                + Formats.number(t.band().high()) + ")", Formats.number(sim.mean()) + " (" + Formats.number(low)
                + " to " + Formats.number(high) + ")",
                String.format(Locale.UK, "I = %.2f", implausibility), implausibility < IMPLAUSIBLE, 0, t.source(),
                t.role().key(), numbers);
    }

    private static Check notRun(Target.Value t) {
        return new Check(t.name(), Formats.number(t.expected()), "not run", "natural experiment " + t.whatIf()
                + " not found", false, 0, t.source(), t.role().key(), null);
    }

    /** The p-th quantile of sorted values, interpolating between neighbours. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double at = p * (sorted.length - 1);
        int k = (int) Math.floor(at);
        int next = Math.min(k + 1, sorted.length - 1);
        return sorted[k] + (at - k) * (sorted[next] - sorted[k]);
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
            simulated.append(Formats.number(v));
        }
        StringBuilder expected = new StringBuilder();
        for (String m : t.metrics()) {
            expected.append(expected.length() == 0 ? "" : " > ").append(shortName(m));
        }
        if (restLabel != null) {
            expected.append(" > every other (top: ").append(shortName(restLabel)).append(')');
        }
        return new Check(t.name(), expected.toString(), simulated.toString(), "order", pass, penalty, t.source(),
                t.role().key(), null);
    }

    static String shortName(String metric) {
        String s = metric.startsWith("sectors.") ? metric.substring("sectors.".length()) : metric;
        int dot = s.lastIndexOf('.');
        if (metric.startsWith("sectors.") && dot > 0) {
            return s.substring(0, dot);
        }
        return dot > 0 ? s.substring(dot + 1) : s;
    }
}
