package uk.cxsim.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.chart.DiscoveryCharts;
import uk.cxsim.experiment.discovery.DiscoveryQuestion;
import uk.cxsim.experiment.discovery.PrimBox;
import uk.cxsim.experiment.discovery.PrimSettings;
import uk.cxsim.experiment.discovery.PrimTrajectory;
import uk.cxsim.output.Csv;
import uk.cxsim.output.Formats;
import uk.cxsim.output.Json;
import uk.cxsim.results.BoxesFile;

/** What {@code cxsim discover} writes: boxes.json (the chosen boxes) and trajectory.csv (every box tried). */
final class DiscoveryReport {
    private DiscoveryReport() {
    }

    /** The chosen boxes with their shares and limits, and what was asked of which table. */
    static String boxesJson(String table, DiscoveryQuestion q, List<String> inputs, int rows, int skipped, int cases,
                            PrimSettings s, int boxes, List<PrimTrajectory> found) {
        List<BoxesFile.Box> list = new ArrayList<>();
        for (PrimTrajectory t : found) {
            t.chosen().ifPresent(b -> {
                Map<String, double[]> limits = new LinkedHashMap<>();
                b.limits().forEach((k, v) -> limits.put(k, new double[]{v[0], v[1]}));
                list.add(new BoxesFile.Box(t.number(), b.step(), b.coverage(), b.density(), b.mass(), b.rows(),
                        b.cases(), limits, q.describe(b)));
            });
        }
        return Json.write(new BoxesFile(table, q.outcome(), q.below() ? q.level() : null,
                q.below() ? null : q.level(), rows, skipped, cases, inputs, new BoxesFile.Settings(s.peelAlpha(),
                s.pasteAlpha(), s.massMin(), s.threshold(), s.pasting(), boxes), list));
    }

    /** One row per box on every trajectory: its shares, whether chosen, and each input's limits if restricted. */
    static String trajectoryCsv(List<String> inputs, List<PrimTrajectory> found) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("box", "step", "phase", "coverage", "density", "mass", "rows",
                "cases", "restrictedDimensions", "chosen"));
        for (String in : inputs) {
            header.add(in + ".low");
            header.add(in + ".high");
        }
        sb.append(Csv.join(header)).append('\n');
        for (PrimTrajectory t : found) {
            for (PrimBox b : t.steps()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(t.number()), Integer.toString(b.step()),
                        b.phase().name().toLowerCase(java.util.Locale.ROOT), Formats.csv(b.coverage()),
                        Formats.csv(b.density()), Formats.csv(b.mass()), Integer.toString(b.rows()),
                        Integer.toString(b.cases()), Integer.toString(b.restrictedDimensions()),
                        Boolean.toString(b.step() == t.chosenStep())));
                Map<String, double[]> limits = b.limits();
                for (String in : inputs) {
                    double[] l = limits.get(in);
                    row.add(l == null ? "" : Formats.csv(l[0]));
                    row.add(l == null ? "" : Formats.csv(l[1]));
                }
                sb.append(Csv.join(row)).append('\n');
            }
        }
        return sb.toString();
    }

    static List<DiscoveryCharts.Point> points(PrimTrajectory t) {
        return t.steps().stream().map(b -> new DiscoveryCharts.Point(b.step(), b.coverage(), b.density(),
                b.restrictedDimensions())).toList();
    }
}
