package uk.cxsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.EnsembleMemberRow;
import uk.cxsim.metrics.EnsembleSpread;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.results.EnsembleSection;

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
    public static EnsembleSection json(String file, List<String> parameters, List<EnsembleWhatIf> whatIfs) {
        Map<String, EnsembleSection.Variant> variants = new LinkedHashMap<>();
        for (EnsembleWhatIf w : whatIfs) {
            Map<String, EnsembleSection.Spread> figures = new LinkedHashMap<>();
            w.figures().forEach((metric, spread) -> figures.put(metric, spread(spread)));
            List<EnsembleSection.Case> cases = new ArrayList<>();
            for (EnsembleWhatIf.Case c : w.cases()) {
                Map<String, EnsembleSection.Spread> lines = new LinkedHashMap<>();
                c.lines().forEach((line, spread) -> lines.put(line.key(), spread(spread)));
                cases.add(new EnsembleSection.Case(c.perspective().key(), c.name(), c.sector(), c.paysBackShare(),
                        spread(c.netBenefit()), spread(c.npv()), lines));
            }
            variants.put(w.variant(), new EnsembleSection.Variant(figures, cases));
        }
        return new EnsembleSection(file, whatIfs.isEmpty() ? 0 : whatIfs.get(0).members(),
                whatIfs.isEmpty() ? 0 : whatIfs.get(0).replications(), parameters, CSV, variants);
    }

    static EnsembleSection.Spread spread(EnsembleSpread s) {
        return new EnsembleSection.Spread(s.median(), s.p5(), s.p95(), s.sharePositive(), s.parameterShare(),
                s.parameterSd(), s.noiseSd());
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
                cells.add(Formats.csv(r.parameters().getOrDefault(p, Double.NaN)));
            }
            for (String o : outcomes) {
                cells.add(Formats.csv(r.outcomes().getOrDefault(o, Double.NaN)));
            }
            sb.append(Csv.join(cells)).append('\n');
        }
        return sb.toString();
    }
}
