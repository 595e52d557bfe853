package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.EnsembleMemberRow;
import uk.cxsim.metrics.EnsembleSpread;
import uk.cxsim.metrics.EnsembleWhatIf;

/**
 * A comparison across an ensemble: the spreads under {@code ensemble} in comparison.json, and one row per variant
 * and member in {@code ensemble_comparison.csv} (the members' parameters, then what the lever did there).
 */
public final class EnsembleTables {
    public static final String CSV = "ensemble_comparison.csv";

    private EnsembleTables() {
    }

    /**
     * @param file       the ensemble file, as given
     * @param parameters the keys the members set (the inputs of scenario discovery on the csv)
     */
    public static Map<String, Object> json(String file, List<String> parameters, List<EnsembleWhatIf> whatIfs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("members", whatIfs.isEmpty() ? 0 : whatIfs.get(0).members());
        m.put("replications", whatIfs.isEmpty() ? 0 : whatIfs.get(0).replications());
        m.put("parameters", parameters);
        m.put("table", CSV);
        Map<String, Object> variants = new LinkedHashMap<>();
        for (EnsembleWhatIf w : whatIfs) {
            Map<String, Object> v = new LinkedHashMap<>();
            Map<String, Object> figures = new LinkedHashMap<>();
            w.figures().forEach((metric, spread) -> figures.put(metric, spread(spread)));
            v.put("figures", figures);
            List<Object> cases = new ArrayList<>();
            for (EnsembleWhatIf.Case c : w.cases()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("perspective", c.perspective().key());
                row.put("name", c.name());
                row.put("sector", c.sector());
                row.put("paysBackShare", c.paysBackShare());
                row.put("netBenefitGbpPerYear", spread(c.netBenefit()));
                row.put("npvGbp", spread(c.npv()));
                Map<String, Object> lines = new LinkedHashMap<>();
                c.lines().forEach((line, spread) -> lines.put(line.key(), spread(spread)));
                row.put("lines", lines);
                cases.add(row);
            }
            v.put("businessCase", cases);
            variants.put(w.variant(), v);
        }
        m.put("variants", variants);
        return m;
    }

    static Map<String, Object> spread(EnsembleSpread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", s.median());
        m.put("p5", s.p5());
        m.put("p95", s.p95());
        m.put("sharePositive", s.sharePositive());
        m.put("parameterShare", s.parameterShare());
        m.put("parameterSd", s.parameterSd());
        m.put("noiseSd", s.noiseSd());
        return m;
    }

    /** One row per variant and member: variant, member, every parameter, then every outcome. */
    public static String csv(List<String> parameters, List<EnsembleMemberRow> rows) {
        List<String> outcomes = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).outcomes().keySet());
        List<String> header = new ArrayList<>(List.of("variant", "member"));
        header.addAll(parameters);
        header.addAll(outcomes);
        StringBuilder sb = new StringBuilder(Csv.join(header)).append('\n');
        for (EnsembleMemberRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.variant(), r.member()));
            for (String p : parameters) {
                cells.add(SweepFile.number(r.parameters().getOrDefault(p, Double.NaN)));
            }
            for (String o : outcomes) {
                cells.add(SweepFile.number(r.outcomes().getOrDefault(o, Double.NaN)));
            }
            sb.append(Csv.join(cells)).append('\n');
        }
        return sb.toString();
    }
}
