package uk.cxsim.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.experiment.whatif.BusinessCase;
import uk.cxsim.experiment.whatif.Comparison;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.VolumeAndRate;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.BusinessCaseTables;
import uk.cxsim.output.ComparisonTables;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunFolder;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.FocusSection;
import uk.cxsim.results.VolumeRateRow;

/**
 * What a what-if comparison finds and the files it leaves, the same for {@code cxsim compare} and the studio: the
 * paired differences, each variant's business case per supplier, sector and UK, and comparison.json.
 *
 * @param results paired differences per variant (variant - baseline, 95% CIs)
 * @param cases   business case per variant
 * @param json    comparison.json's content (see {@link #with} to add sections before {@link #write})
 */
public record WhatIfComparison(Map<String, List<ComparisonRow>> results, Map<String, List<BusinessCaseRow>> cases,
                               ComparisonFile json) {

    /** The figures of finished runs; {@code variants} in the order they ran. */
    public static WhatIfComparison of(WhatIfRuns runs, List<ScenarioParams> variants) {
        Map<String, List<ComparisonRow>> results = new LinkedHashMap<>();
        Map<String, List<BusinessCaseRow>> cases = new LinkedHashMap<>();
        Map<String, BusinessCaseSection> caseJson = new LinkedHashMap<>();
        Map<String, List<VolumeRateRow>> splitJson = new LinkedHashMap<>();
        for (ScenarioParams v : variants) {
            String name = v.name();
            List<RunSummary> variantRuns = runs.variants().get(name);
            results.put(name, Comparison.of(runs.base(), variantRuns));
            cases.put(name, BusinessCase.of(runs.base(), variantRuns));
            caseJson.put(name, BusinessCaseTables.json(runs.base().get(0).record().params(), v, cases.get(name)));
            splitJson.put(name, BusinessCaseTables.json(VolumeAndRate.of(runs.base(), variantRuns)));
        }
        // the base as it ran (with an ensemble: the first member's, at the ensemble's size)
        ScenarioParams ran = runs.base().get(0).record().params();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ScenarioParams p : concat(ran, variants)) {
            if (!p.title().isEmpty()) {
                titles.put(p.name(), p.title());
            }
        }
        return new WhatIfComparison(results, cases, ComparisonTables.json(ran, runs.base().size(), titles, results,
                caseJson, splitJson).withFocus(focus(ran, runs.focus())));
    }

    /** The sectors each what-if simulated again, named, with their sample sizes. */
    private static Map<String, FocusSection> focus(ScenarioParams ran, Map<String, Focus> byVariant) {
        if (byVariant == null || byVariant.isEmpty()) {
            return null;
        }
        Map<String, FocusSection> out = new LinkedHashMap<>();
        byVariant.forEach((name, f) -> {
            List<String> sectors = new java.util.ArrayList<>();
            Map<String, Integer> customers = new LinkedHashMap<>();
            Map<String, Double> scale = new LinkedHashMap<>();
            for (int s : f.sectors()) {
                String sector = ran.sectors().get(s).name();
                sectors.add(sector);
                customers.put(sector, ran.customers() * f.density());
                scale.put(sector, ran.scaleFactor() / f.density());
            }
            out.put(name, new FocusSection(sectors, customers, scale, f.allBecause()));
        });
        return out;
    }

    private static List<ScenarioParams> concat(ScenarioParams first, List<ScenarioParams> rest) {
        List<ScenarioParams> out = new java.util.ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The same comparison whose comparison.json is {@code json} (the same with further sections). */
    public WhatIfComparison with(ComparisonFile json) {
        return new WhatIfComparison(results, cases, json);
    }

    /** Writes comparison.csv, business_case.csv and comparison.json into the folder's staging area. */
    public void write(RunFolder folder) {
        folder.writeText("comparison.csv", ComparisonTables.csv(results));
        folder.writeText("business_case.csv", BusinessCaseTables.csv(cases));
        folder.writeText("comparison.json", Json.write(json));
    }
}
