package uk.cxsim.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.output.Json;
import uk.cxsim.output.RunFolder;
import uk.cxsim.report.ReportWriter;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.FocusSection;
import uk.cxsim.results.RangesSection;
import uk.cxsim.results.VolumeRateRow;
import uk.cxsim.scenario.TargetSet;

/**
 * Finished what-ifs on one base put in one comparison: their comparison.json files merged into one, with one report
 * and (on request) one board pack. Valid only because each what-if ran against the same base runs: the same base,
 * simulated customers, replications, days and seed give the same base replications (common random numbers), so every
 * what-if's paired differences are against the same baseline.
 */
final class SideBySide {
    /** The fewest and the most what-ifs put side by side. */
    static final int MIN = 2;
    static final int MAX = 8;

    private SideBySide() {
    }

    /** The merged comparison of {@code jobs} (finished what-ifs; checked here) answering {@code question}. */
    static ComparisonFile merge(List<Job> jobs, String question) {
        if (jobs.size() < MIN || jobs.size() > MAX) {
            throw HttpProblem.badRequest("jobs: tick " + MIN + " to " + MAX + " what-ifs to put side by side, found "
                    + jobs.size());
        }
        Job first = jobs.get(0);
        ComparisonFile one = first.comparison();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<ComparisonFile.Figure>> variants = new LinkedHashMap<>();
        Map<String, BusinessCaseSection> cases = new LinkedHashMap<>();
        Map<String, List<VolumeRateRow>> volumes = new LinkedHashMap<>();
        Map<String, RangesSection> ranges = new LinkedHashMap<>();
        Map<String, FocusSection> focus = new LinkedHashMap<>();
        Map<String, String> whose = new LinkedHashMap<>();
        for (Job job : jobs) {
            ComparisonFile c = job.comparison();
            if (job.kind() != Job.Kind.WHAT_IF || job.status() != Job.Status.DONE || c == null) {
                throw new HttpProblem(409, "what-if " + job.id() + " is not a finished what-if: only what-ifs that "
                        + "have run put side by side", Map.of());
            }
            if (!job.base().equals(first.base()) || job.customers() != first.customers()
                    || job.replications() != first.replications() || job.seed() != first.seed()
                    || c.days() != one.days()) {
                throw new HttpProblem(409, "what-ifs " + first.id() + " and " + job.id() + " ran on different bases or "
                        + "at different sizes; side by side needs the same base, simulated customers, replications "
                        + "and seed (the same base runs)", Map.of());
            }
            for (String name : c.variants().keySet()) {
                String clash = whose.putIfAbsent(name, job.id());
                if (clash != null) {
                    throw new HttpProblem(409, "what-ifs " + clash + " and " + job.id() + " are both named "
                            + ScenarioNames.quoted(name) + "; run one again under another name", Map.of());
                }
            }
            if (c.titles() != null) {
                titles.putAll(c.titles());
            }
            variants.putAll(c.variants());
            if (c.businessCase() != null) {
                cases.putAll(c.businessCase());
            }
            if (c.volumeAndRate() != null) {
                volumes.putAll(c.volumeAndRate());
            }
            if (c.ranges() != null) {
                ranges.putAll(c.ranges());
            }
            if (c.focus() != null) {
                focus.putAll(c.focus());
            }
        }
        return new ComparisonFile(one.baseline(), one.scenario(), one.replications(), one.customers(),
                one.population(), one.scaleFactor(), one.days(), one.seed(), one.method(), null, titles, variants,
                cases, volumes, ranges.isEmpty() ? null : ranges, null, focus.isEmpty() ? null : focus)
                .withQuestion(question);
    }

    /** Writes the merged comparison and its report (charts drawn) into {@code target}, moved into place once whole. */
    static Path write(ComparisonFile merged, Path target, TargetSet evidence) {
        try (RunFolder out = RunFolder.prepare(target)) {
            out.writeText("comparison.json", Json.write(merged));
            ReportWriter.write(out.staging(), evidence);
            out.commit();
            return out.target();
        }
    }

    /** The name a side-by-side shows in the history: its what-ifs' names. */
    static String name(List<Job> jobs) {
        List<String> names = new ArrayList<>();
        jobs.forEach(j -> names.add(j.name()));
        return String.join(" + ", names);
    }
}
