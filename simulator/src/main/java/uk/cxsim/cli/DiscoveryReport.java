package uk.cxsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.chart.DiscoveryCharts;
import uk.cxsim.experiment.DiscoveryQuestion;
import uk.cxsim.experiment.PrimBox;
import uk.cxsim.experiment.PrimSettings;
import uk.cxsim.experiment.PrimTrajectory;
import uk.cxsim.output.Csv;
import uk.cxsim.output.Json;

/** What {@code cxsim discover} writes: boxes.json (the chosen boxes) and trajectory.csv (every box tried). */
final class DiscoveryReport {
    private DiscoveryReport() {
    }

    /** The chosen boxes with their shares and limits, and what was asked of which table. */
    static String boxesJson(String table, DiscoveryQuestion q, List<String> inputs, int rows, int skipped, int cases,
                            PrimSettings s, int boxes, List<PrimTrajectory> found) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("table", table);
        root.put("outcome", q.outcome());
        root.put(q.below() ? "below" : "above", q.level());
        root.put("rows", rows);
        root.put("rowsLeftOut", skipped);
        root.put("casesOfInterest", cases);
        root.put("inputs", inputs);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("peelAlpha", s.peelAlpha());
        settings.put("pasteAlpha", s.pasteAlpha());
        settings.put("massMin", s.massMin());
        settings.put("threshold", s.threshold());
        settings.put("pasting", s.pasting());
        settings.put("boxes", boxes);
        root.put("settings", settings);
        List<Map<String, Object>> list = new ArrayList<>();
        for (PrimTrajectory t : found) {
            t.chosen().ifPresent(b -> {
                Map<String, Object> box = new LinkedHashMap<>();
                box.put("box", t.number());
                box.put("step", b.step());
                box.put("coverage", b.coverage());
                box.put("density", b.density());
                box.put("mass", b.mass());
                box.put("rows", b.rows());
                box.put("cases", b.cases());
                Map<String, Object> limits = new LinkedHashMap<>();
                b.limits().forEach((k, v) -> limits.put(k, List.of(v[0], v[1])));
                box.put("limits", limits);
                box.put("description", q.describe(b));
                list.add(box);
            });
        }
        root.put("boxes", list);
        return Json.write(root);
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
                        b.phase().name().toLowerCase(java.util.Locale.ROOT), Double.toString(b.coverage()),
                        Double.toString(b.density()), Double.toString(b.mass()), Integer.toString(b.rows()),
                        Integer.toString(b.cases()), Integer.toString(b.restrictedDimensions()),
                        Boolean.toString(b.step() == t.chosenStep())));
                Map<String, double[]> limits = b.limits();
                for (String in : inputs) {
                    double[] l = limits.get(in);
                    row.add(l == null ? "" : Double.toString(l[0]));
                    row.add(l == null ? "" : Double.toString(l[1]));
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
