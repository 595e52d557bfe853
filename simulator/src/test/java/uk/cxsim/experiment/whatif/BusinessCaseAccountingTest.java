package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.Appraisal;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.DailySnapshot;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.LeaveReason;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;

/**
 * The accounting of a business case, exactly: on the same customers a change that changes nothing is worth nothing,
 * a pay rise costs its hours, the margin lines scale with the margin, and a two-supplier market's every line is the
 * figure worked on paper.
 */
class BusinessCaseAccountingTest {
    private static final List<String> SMALL = List.of("days=120", "warmupDays=10");

    @TempDir
    Path dir;

    @Test
    void aVariantIdenticalToItsBaseGivesExactlyZeroOnEveryLine() {
        List<RunSummary> base = run(TestScenarios.SMALL, List.of());
        List<RunSummary> same = run(TestScenarios.SMALL, List.of());
        for (BusinessCaseRow r : BusinessCase.every(base, same)) {
            for (Line l : Line.values()) {
                assertEquals(0, r.line(l), 0, r.name() + " " + l);
                assertEquals(0, r.lines().get(l).halfWidth(), 0, r.name() + " " + l);
            }
            assertEquals(0, r.netBenefit().mean(), 0, r.name());
            assertEquals(0, r.npv().mean(), 0, r.name());
            assertEquals(0, r.terminalValue().mean(), 0, r.name());
            assertEquals(0, r.investmentOneOffGbp(), 0, r.name());
            assertNull(r.roi(), "nothing invested");
        }
    }

    @Test
    void aPayRiseFrom20To24CostsFourPoundsAnAgentHourPaid() {
        List<RunSummary> base = run(TestScenarios.SMALL, List.of("costs.agentHourGbp=20"));
        List<RunSummary> rise = run(TestScenarios.SMALL, List.of("costs.agentHourGbp=24"));
        List<BusinessCaseRow> rows = BusinessCase.every(base, rise);
        double ukHours = 0;
        int g = 0;
        ScenarioParams p = base.get(0).record().params();
        for (var sector : p.sectors()) {
            for (var supplier : sector.suppliers()) {
                double[] hours = new double[base.size()];
                for (int k = 0; k < base.size(); k++) {
                    RunRecord r = base.get(k).record();
                    hours[k] = r.measured().get(g, Metric.AGENT_HOURS_PAID) * r.scaleFactor() * 365.0 / p.days();
                }
                double mean = (hours[0] + hours[1]) / 2;
                ukHours += mean;
                BusinessCaseRow row = find(rows, BusinessCaseRow.Perspective.SUPPLIER, supplier.name());
                assertEquals(-4 * mean, row.line(Line.SERVICE_COST_SAVED), 1e-9 * mean, supplier.name());
                for (Line l : Line.values()) {
                    if (l != Line.SERVICE_COST_SAVED) {
                        assertEquals(0, row.line(l), 0, supplier.name() + " " + l + ": a wage changes nothing else");
                    }
                }
                g++;
            }
        }
        BusinessCaseRow uk = rows.get(rows.size() - 1);
        assertEquals(-4 * ukHours, uk.line(Line.SERVICE_COST_SAVED), 1e-9 * ukHours);
        assertEquals(uk.line(Line.SERVICE_COST_SAVED), uk.netBenefit().mean(), 1e-9 * ukHours);
    }

    @Test
    void halvingEveryMarginShareInBothRunsHalvesTheMarginLines() {
        List<String> half = List.of("sectors.Banking.marginShare=0.15", "sectors.Energy.marginShare=0.15");
        List<String> full = List.of("sectors.Banking.marginShare=0.3", "sectors.Energy.marginShare=0.3");
        String lever = "levers.allSuppliers.crm.context=1";
        List<BusinessCaseRow> fullRows = BusinessCase.every(run(TestScenarios.SMALL, full),
                run(TestScenarios.SMALL, with(full, lever)));
        List<BusinessCaseRow> halfRows = BusinessCase.every(run(TestScenarios.SMALL, half),
                run(TestScenarios.SMALL, with(half, lever)));
        for (int i = 0; i < fullRows.size(); i++) {
            for (Line l : List.of(Line.MARGIN_RETAINED, Line.MARGIN_FROM_RIVALS, Line.LOST_SALES_MARGIN_SAVED)) {
                double f = fullRows.get(i).line(l);
                assertEquals(f / 2, halfRows.get(i).line(l), 1e-12 * (1 + Math.abs(f)), fullRows.get(i).name() + l);
            }
            assertEquals(fullRows.get(i).line(Line.SERVICE_COST_SAVED), halfRows.get(i).line(Line.SERVICE_COST_SAVED),
                    0, "the margin is accounting only: the runs are the same");
        }
    }

    @Test
    void theNetIsTheSumOfTheLinesInEveryRow() {
        List<BusinessCaseRow> rows = BusinessCase.every(run(TestScenarios.SMALL, List.of()),
                run(TestScenarios.SMALL, List.of("levers.allSuppliers.ivr.escapeHatch=true",
                        "sectors.Banking.suppliers.Old Bank.investment.perYearGbp=50000")));
        for (BusinessCaseRow r : rows) {
            for (int k = 0; k < 2; k++) {
                double sum = 0;
                for (Line l : Line.values()) {
                    sum += r.line(l);
                }
                assertEquals(sum, r.netBenefit().mean(), 1e-9 * (1 + Math.abs(sum)), r.name());
            }
        }
    }

    /**
     * Two suppliers, A and B, 365 days, 100 simulated customers standing for 1,000 (scale 10); every day the same:
     * in the variant A holds 110 (B 40) instead of 100 (50), 25 of A's won from a rival instead of 20, gains 1.05 a
     * day instead of 1, pays 9 agent hours instead of 10, gets 0.1 complaints instead of 0.2, loses GBP 1 of sales
     * instead of 2, and invests 5,000 once and 1,000 a year. A relationship's revenue is GBP 365 a year at a margin
     * of 0.5 (GBP 0.5 a day); a gain costs GBP 100; a complaint 50 + 30 + 10% x 200 = GBP 100; an agent hour GBP 20,
     * of whose fall half counts.
     */
    @Test
    void aTwoSupplierMarketWorkedOnPaper() throws Exception {
        Path yaml = dir.resolve("paper.yaml");
        Files.writeString(yaml, String.join("\n",
                "name: paper", "population: 1000", "customers: 100", "days: 365", "warmupDays: 0", "seed: 1",
                "costs: {agentHourGbp: 20, agentHourSavingRealised: 0.5, discountRate: 0.08, horizonYears: 3}",
                "sectors:", "  Paper:", "    relationshipValueGbp: 365", "    holdShare: 1", "    contactsPerYear: 1",
                "    marginShare: 0.5", "    acquisitionCostGbp: 100",
                "    complaints: {handlingGbp: 50, redressGbp: 30, ombudsmanShare: 0.1, ombudsmanFeeGbp: 200}",
                "    suppliers:", "      A: {marketShare: 0.6}", "      B: {marketShare: 0.4}", ""));
        ScenarioParams base = Scenarios.load(yaml, List.of()).params();
        ScenarioParams variant = Scenarios.load(yaml, List.of("sectors.Paper.suppliers.A.investment.oneOffGbp=5000",
                "sectors.Paper.suppliers.A.investment.perYearGbp=1000")).params();
        // per day, supplier A then B
        RunSummary b = new RunSummary(record(base, new double[][]{
            {100, 20, 1, 10, 0.2, 2, 0.1}, {50, 10, 1, 5, 0.1, 0, 0.05}}));
        RunSummary v = new RunSummary(record(variant, new double[][]{
            {110, 25, 1.05, 9, 0.1, 1, 0.1}, {40, 10, 1, 5, 0.1, 0, 0.05}}));
        List<BusinessCaseRow> rows = BusinessCase.every(List.of(b, b), List.of(v, v));
        BusinessCaseRow a = find(rows, BusinessCaseRow.Perspective.SUPPLIER, "A");
        BusinessCaseRow bb = find(rows, BusinessCaseRow.Perspective.SUPPLIER, "B");
        BusinessCaseRow sector = find(rows, BusinessCaseRow.Perspective.SECTOR, "Paper");
        // A: margin on all days +10 a day x 365 x 0.5 x 10 = 18,250, of which from rivals +5 a day: 9,125
        assertEquals(9_125, a.line(Line.MARGIN_FROM_RIVALS), 1e-6);
        assertEquals(18_250 - 9_125, a.line(Line.MARGIN_RETAINED), 1e-6);
        // gains +0.05 a day x 365 x 10 x GBP 100 = 18,250 more spent
        assertEquals(-18_250, a.line(Line.ACQUISITION_SPEND_SAVED), 1e-6);
        // hours -1 a day x 365 x 10 = -3,650 at GBP 20, half counted: 36,500 saved
        assertEquals(36_500, a.line(Line.SERVICE_COST_SAVED), 1e-6);
        // complaints -0.1 a day x 365 x 10 = -365 at GBP 100
        assertEquals(36_500, a.line(Line.PUTTING_RIGHT_SAVED), 1e-6);
        // lost sales -GBP 1 a day x 365 x 10 at a margin of 0.5
        assertEquals(1_825, a.line(Line.LOST_SALES_MARGIN_SAVED), 1e-6);
        assertEquals(-1_000, a.line(Line.INVESTMENT_PER_YEAR), 1e-9);
        assertEquals(-5_000, a.investmentOneOffGbp(), 0);
        double netA = 9_125 + 9_125 - 18_250 + 36_500 + 36_500 + 1_825 - 1_000;
        assertEquals(netA, a.netBenefit().mean(), 1e-6);
        // B: 10 fewer a day, none of them won from rivals
        assertEquals(-18_250, bb.line(Line.MARGIN_RETAINED), 1e-6);
        assertEquals(0, bb.line(Line.MARGIN_FROM_RIVALS), 1e-9);
        // the sector: A's gain is B's loss; no margin from rivals; the acquisition spend does not cancel
        assertEquals(0, sector.line(Line.MARGIN_RETAINED), 1e-6);
        assertEquals(0, sector.line(Line.MARGIN_FROM_RIVALS), 0);
        assertEquals(-18_250, sector.line(Line.ACQUISITION_SPEND_SAVED), 1e-6);
        assertEquals(netA - 18_250, sector.netBenefit().mean(), 1e-6);

        // month 1 is days 0 to 29: A's net that month is 30 days of its daily net, which repays the 5,000 in month 1
        Appraisal appraisal = Appraisal.of(base);
        assertEquals(12, appraisal.months());
        double daily = netA / 365;
        assertEquals(30 * daily - 5_000, a.cumulativeByMonth()[0], 1e-6);
        assertEquals(1.0, a.paybackMonths());
        double npv = -5_000;
        for (int m = 0; m < 12; m++) {
            int[] span = appraisal.month(m);
            npv += (span[1] - span[0]) * daily * appraisal.discountMonth(m);
        }
        assertEquals(npv, a.npv().mean(), 1e-6);
        // the terminal value: held at the end x scale x daily margin / (churn + daily discount), discounted a year
        double rate = Math.pow(1.08, 1 / 365.0) - 1;
        double tvBase = 100 * 10 * 0.5 / (0.1 / 100 + rate) / 1.08;
        double tvVariant = 110 * 10 * 0.5 / (0.1 / 110 + rate) / 1.08;
        assertEquals(tvVariant - tvBase, a.terminalValue().mean(), 1e-6 * tvBase);
    }

    /**
     * A run record whose every day adds the same counts per supplier: relationships held, of them won from a rival,
     * gains, agent hours paid, complaints, GBP of lost sales, and relationships ended (for the churn).
     */
    private static RunRecord record(ScenarioParams p, double[][] perDay) {
        int n = perDay.length;
        List<DailySnapshot> daily = new ArrayList<>();
        double[] held = new double[n];
        for (int g = 0; g < n; g++) {
            held[g] = (int) perDay[g][0];
        }
        for (int d = 0; d < p.days(); d++) {
            SupplierTally t = new SupplierTally(n);
            for (int g = 0; g < n; g++) {
                double days = d + 1;
                t.add(g, Metric.RELATIONSHIP_DAYS, perDay[g][0] * days);
                t.add(g, Metric.RELATIONSHIP_DAYS_FROM_RIVALS, perDay[g][1] * days);
                t.add(g, Metric.JOINED, perDay[g][2] * days);
                t.add(g, Metric.AGENT_HOURS_PAID, perDay[g][3] * days);
                t.add(g, Metric.COMPLAINTS, perDay[g][4] * days);
                t.add(g, Metric.LOST_SALES_GBP, perDay[g][5] * days);
                t.add(g, Metric.left(LeaveReason.PRODUCT), perDay[g][6] * days);
            }
            daily.add(new DailySnapshot(d, t, held.clone(), new double[n][5], new double[n]));
        }
        SupplierTally all = daily.get(daily.size() - 1).cumulative();
        return new RunRecord(p, 0, all, all, held.clone(), held.clone(), new double[n][5], daily, null, null, 0, 0, 0);
    }

    private static List<String> with(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    private static List<RunSummary> run(Path scenario, List<String> overrides) {
        List<String> o = new ArrayList<>(SMALL);
        o.addAll(overrides);
        ScenarioParams p = Scenarios.load(scenario, o).params();
        return Replications.run(p, p, 0, 2, 2, ProgressListener.NONE);
    }

    private static BusinessCaseRow find(List<BusinessCaseRow> rows, BusinessCaseRow.Perspective p, String name) {
        return rows.stream().filter(r -> r.perspective() == p && r.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no " + p + " row " + name));
    }
}
