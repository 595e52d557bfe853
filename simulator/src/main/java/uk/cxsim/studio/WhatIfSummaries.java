package uk.cxsim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import uk.cxsim.chart.BusinessCaseCharts;
import uk.cxsim.chart.BusinessCaseRows;
import uk.cxsim.chart.ExperimentCharts;
import uk.cxsim.output.Formats;
import uk.cxsim.output.Json;
import uk.cxsim.report.Decision;
import uk.cxsim.report.PlainWords;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.WhatIfSummary;
import uk.cxsim.workflow.WhatIfComparison;

/** The figures the studio page shows first of a finished what-if, from its comparison and its folder's charts. */
final class WhatIfSummaries {
    private WhatIfSummaries() {
    }

    /**
     * The headline, the business case on the payer's books, the charts drawn and how long the runs and the files
     * took.
     *
     * @param baseKept       whether the base's runs were kept from an earlier what-if
     * @param acrossEnsemble for a what-if on every member of an ensemble, its spread across them in words; else null
     */
    static WhatIfSummary of(ComparisonFile comparison, String variant, Path folder, boolean baseKept,
                            double runSeconds, double filesSeconds, String acrossEnsemble) {
        BusinessCaseSection bc = comparison.businessCase().get(variant);
        BusinessCaseSection.Row payer = bc.payer();
        ExperimentCharts.Saving saving = ExperimentCharts.savings(comparison, "costOfPoorServiceGbp")
                .get(variant);
        // the headline is the decision on the books the lever sits on; the business case sentence says the rest
        return new WhatIfSummary(Decision.line(comparison, variant),
                PlainWords.businessCase(comparison.label(variant), bc),
                BusinessCaseCharts.books(payer), payer.netBenefitGbpPerYear(), payer.netBenefitCi95(),
                payer.paybackMonths(), PlainWords.payback(payer), payer.investmentOneOffGbp(),
                payer.investmentPerYearGbp(), payer.roi(), payer.terminalValueGbp(), saving.mean(),
                new double[]{saving.low(), saving.high()}, shown(payer, saving), charts(folder), baseKept, runSeconds,
                filesSeconds, acrossEnsemble);
    }

    /**
     * A comparison as its comparison.json reads back (a figure that was not finite is NaN): the studio says what the
     * report does.
     */
    static ComparisonFile asWritten(WhatIfComparison answer) {
        return Json.read(Json.write(answer.json()), ComparisonFile.class);
    }

    /**
     * The first answer of a what-if whose base's other sectors still run: the same figures, from a comparison of the
     * sectors it changes alone, without charts.
     */
    static WhatIfSummary first(ComparisonFile focused, String variant, double seconds) {
        return of(focused, variant, null, false, seconds, 0, null);
    }

    /** The payer's net benefit and the cost saved, each with its interval, as the report writes them. */
    private static WhatIfSummary.Shown shown(BusinessCaseSection.Row payer, ExperimentCharts.Saving saving) {
        double[] net = BusinessCaseRows.interval(payer.netBenefitCi95());
        return new WhatIfSummary.Shown(Formats.gbp(BusinessCaseRows.orZero(payer.netBenefitGbpPerYear())),
                halfWidth(net[0], net[1]), Formats.gbp(saving.mean()), halfWidth(saving.low(), saving.high()));
    }

    /** "+/- GBP 47.5m", or empty when there is no interval. */
    private static String halfWidth(double low, double high) {
        double half = (high - low) / 2;
        return Double.isNaN(half) ? "" : Formats.plusMinus(Formats.gbp(half));
    }

    private static List<String> charts(Path folder) {
        List<String> out = new ArrayList<>();
        if (folder == null) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted(Comparator
                    .comparingInt(WhatIfSummaries::rank).thenComparing(Comparator.naturalOrder()))
                    .forEach(n -> out.add("charts/" + n));
        } catch (IOException e) {
            // a comparison without charts shows its figures only
        }
        return out;
    }

    /** Savings first, then drivers, then the business case's waterfalls and payback. */
    private static int rank(String n) {
        return n.startsWith("what-if-savings") ? 0 : n.startsWith("what-if-drivers") ? 1
                : n.startsWith("what-if-") ? 2 : n.startsWith("business-case-payback") ? 4 : 3;
    }
}
