package uk.cxsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.metrics.VolumeSplit;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.scenario.Scenarios;

/**
 * The business case adds up, counts transfers once, and tells a single supplier's gain from its sector's. Runs are
 * small (20,000 customers, 120 days, 4 replications with common random numbers); the statistical claims use the
 * paired 95% intervals.
 */
class BusinessCaseTest {
    private static final int REPLICATIONS = 4;
    private static final List<String> SIZE = List.of("customers=20000", "days=120", "seed=2009");
    private static ScenarioParams baseParams;
    private static List<RunSummary> baseline;
    private static List<RunSummary> albion;
    private static List<RunSummary> staffCut;
    private static List<RunSummary> empowered;

    @BeforeAll
    static void run() {
        baseParams = load("uk-baseline", List.of());
        baseline = run(baseParams);
        albion = run(load("albion-crm-context", List.of()));
        staffCut = run(load("staff-cut-20pct", List.of()));
        empowered = run(load("empowered-staff", List.of()));
    }

    @Test
    void netBenefitIsTheSumOfItsLinesInEveryRow() {
        for (List<RunSummary> variant : List.of(albion, staffCut)) {
            for (BusinessCaseRow r : BusinessCase.every(baseline, variant)) {
                double sum = 0;
                for (BusinessCaseRow.Line l : BusinessCaseRow.Line.values()) {
                    sum += l.sign() * r.line(l);
                }
                assertEquals(sum, r.netBenefit().mean(), 1e-6 * (1 + Math.abs(sum)), r.name());
            }
        }
    }

    @Test
    void transfersAreOneSuppliersGainAndAnothersLoss() {
        List<BusinessCaseRow> rows = BusinessCase.every(baseline, albion);
        for (SectorParams s : baseParams.sectors()) {
            double suppliers = 0;
            BusinessCaseRow sector = null;
            for (BusinessCaseRow r : rows) {
                if (r.perspective() == BusinessCaseRow.Perspective.SUPPLIER && r.sector().equals(s.name())) {
                    suppliers += r.line(BusinessCaseRow.Line.REVENUE_FROM_RIVALS);
                } else if (r.perspective() == BusinessCaseRow.Perspective.SECTOR && r.name().equals(s.name())) {
                    sector = r;
                }
            }
            assertNotNull(sector, s.name());
            assertEquals(sector.line(BusinessCaseRow.Line.REVENUE_FROM_RIVALS), suppliers, 1e-6, s.name());
            assertEquals(0, sector.line(BusinessCaseRow.Line.REVENUE_FROM_RIVALS), 1e-6, s.name());
        }
        BusinessCaseRow uk = rows.get(rows.size() - 1);
        assertEquals(BusinessCaseRow.Perspective.UK, uk.perspective());
        assertEquals(0, uk.line(BusinessCaseRow.Line.REVENUE_FROM_RIVALS), 1e-6);
        // and in the raw counters: every relationship gained from a rival is one lost to a rival, sector by sector
        for (RunSummary r : baseline) {
            SupplierTally t = r.record().measured();
            int g = 0;
            for (SectorParams s : baseParams.sectors()) {
                double gained = 0;
                double lost = 0;
                for (int j = 0; j < s.suppliers().size(); j++, g++) {
                    gained += t.get(g, Metric.GAINED_FROM_RIVALS);
                    lost += t.get(g, Metric.LOST_TO_RIVALS);
                }
                assertTrue(gained > 0, s.name());
                assertEquals(gained, lost, 0, s.name());
            }
        }
    }

    @Test
    void aLeverWithNoEffectAndNoCostHasANetBenefitWhoseIntervalCoversZero() {
        // the same scenario under other seeds: no lever at all, only the noise the intervals must allow for
        List<RunSummary> reseeded = run(load("uk-baseline", List.of("seed=2010")));
        BusinessCaseRow uk = last(BusinessCase.every(baseline, reseeded));
        assertTrue(uk.netBenefit().covers(0), "net benefit " + uk.netBenefit());
        // and the very same runs: exactly nothing
        BusinessCaseRow same = last(BusinessCase.every(baseline, baseline));
        assertEquals(0, same.netBenefit().mean(), 0);
        assertEquals(0, same.netBenefit().halfWidth(), 0);
    }

    @Test
    void aSingleSupplierCrmGainsMoreThanItsSectorBecauseItsRivalsLose() {
        List<BusinessCaseRow> rows = BusinessCase.of(baseline, albion);
        BusinessCaseRow bank = find(rows, BusinessCaseRow.Perspective.SUPPLIER, "Albion Bank");
        BusinessCaseRow sector = find(rows, BusinessCaseRow.Perspective.SECTOR, "Financial Services");
        assertTrue(bank.netBenefit().low() > 0, "Albion's net benefit " + bank.netBenefit());
        assertTrue(bank.line(BusinessCaseRow.Line.REVENUE_FROM_RIVALS) > 0, "Albion keeps customers from its rivals");
        // supplier minus sector is what its rivals lose: paired over replications, the interval lies above zero
        double[] gap = new double[REPLICATIONS];
        for (int k = 0; k < REPLICATIONS; k++) {
            // one replication's rows (given twice: a business case needs a pair to form its intervals)
            List<BusinessCaseRow> byRep = BusinessCase.every(List.of(baseline.get(k), baseline.get(k)),
                    List.of(albion.get(k), albion.get(k)));
            gap[k] = find(byRep, BusinessCaseRow.Perspective.SUPPLIER, "Albion Bank").netBenefit().mean()
                    - find(byRep, BusinessCaseRow.Perspective.SECTOR, "Financial Services").netBenefit().mean();
        }
        Interval ci = Interval.of(gap);
        assertTrue(ci.low() > 0, "Albion's net benefit minus the sector's: " + ci);
        assertTrue(bank.netBenefit().mean() > sector.netBenefit().mean());
        // the investment is Albion's alone
        assertEquals(2_500_000, bank.investmentOneOffGbp(), 0);
        assertEquals(2_200_000, bank.line(BusinessCaseRow.Line.INVESTMENT_PER_YEAR), 0);
        assertEquals(2_500_000, last(rows).investmentOneOffGbp(), 0);
    }

    @Test
    void aStaffCutSavesWagesAndLosesRevenueEachBeyondNoise() {
        BusinessCaseRow uk = last(BusinessCase.of(baseline, staffCut));
        Interval staffing = uk.lines().get(BusinessCaseRow.Line.STAFFING_COST_CHANGE);
        Interval retained = uk.lines().get(BusinessCaseRow.Line.REVENUE_RETAINED);
        assertTrue(staffing.high() < 0, "staffing cost change " + staffing);
        assertTrue(retained.high() < 0, "revenue retained " + retained);
        assertTrue(uk.lines().get(BusinessCaseRow.Line.FAILURE_DEMAND_SAVED).high() < 0,
                "callers who hang up call again: failure demand rises");
    }

    @Test
    void volumeAndRateEffectsAddUpAndFollowTheMechanisms() {
        for (VolumeSplit s : VolumeAndRate.of(baseline, staffCut)) {
            assertEquals(s.change().mean(), s.volumeEffect().mean() + s.rateEffect().mean(),
                    1e-9 * (1 + Math.abs(s.change().mean())), s.name() + " " + s.volume());
        }
        // a staff cut makes callers hang up and call again: avoidable contacts per relationship rise
        VolumeSplit avoidable = VolumeAndRate.of(baseline, staffCut).stream()
                .filter(s -> s.perspective().equals("uk") && s.volume() == VolumeSplit.Volume.AVOIDABLE_CONTACTS)
                .findFirst().orElseThrow();
        assertTrue(avoidable.rateEffect().low() > 0, "rate effect " + avoidable.rateEffect());
        // empowered agents resolve more at the first contact: repeats per relationship fall, whatever the volume
        VolumeSplit repeats = VolumeAndRate.of(baseline, empowered).stream()
                .filter(s -> s.perspective().equals("uk") && s.volume() == VolumeSplit.Volume.REPEAT_CONTACTS)
                .findFirst().orElseThrow();
        assertTrue(repeats.rateEffect().high() < 0, "rate effect " + repeats.rateEffect());
        assertTrue(repeats.rateChangePct().high() < 0, "rate change " + repeats.rateChangePct());
    }

    @Test
    void thePaybacksRangeIsThePaybackAtEachEndOfTheNetBenefitsInterval() {
        // three replications of a one-year net benefit: 80, 100, 120 a year after a one-off of 50
        double[][] byYear = {{100}, {120}, {80}};
        Interval net = Interval.of(new double[]{100, 120, 80});
        Double[] range = Economics.paybackRange(50, byYear, 3);
        assertEquals(12 * 50 / net.high(), range[0], 1e-9);
        assertEquals(12 * 50 / net.low(), range[1], 1e-9);
        assertTrue(range[0] < Economics.paybackMonths(50, new double[]{100}, 3) && range[1] > 6.0);
        // the lower end does not repay 200 within the horizon: the latest payback is beyond it
        double[][] noisy = {{100}, {0}, {200}};
        assertTrue(Interval.of(new double[]{100, 0, 200}).low() < 0);
        Double[] wide = Economics.paybackRange(200, noisy, 3);
        assertEquals(12 * 200 / Interval.of(new double[]{100, 0, 200}).high(), wide[0], 1e-9);
        assertEquals(null, wide[1]);
        // one replication has no interval
        assertArrayEquals(new Double[]{null, null}, Economics.paybackRange(50, new double[][]{{100}}, 3));
    }

    @Test
    void paybackAndNetPresentValueFollowTheTerms() {
        assertEquals(6.0, Economics.paybackMonths(50, new double[]{100}, 3), 1e-12);
        assertEquals(18.0, Economics.paybackMonths(150, new double[]{100}, 3), 1e-12);
        assertEquals(null, Economics.paybackMonths(500, new double[]{100}, 3));
        assertEquals(null, Economics.paybackMonths(10, new double[]{-5}, 3));
        assertEquals(-100 + 110 / 1.1 + 110 / 1.21, Economics.npv(100, new double[]{110}, 2, 0.1), 1e-9);
        assertEquals(-100 + 50 / 1.1 + 80 / 1.21 + 80 / 1.331, Economics.npv(100, new double[]{50, 80}, 3, 0.1),
                1e-9);
    }

    private static BusinessCaseRow find(List<BusinessCaseRow> rows, BusinessCaseRow.Perspective p, String name) {
        return rows.stream().filter(r -> r.perspective() == p && r.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no " + p + " row " + name));
    }

    private static BusinessCaseRow last(List<BusinessCaseRow> rows) {
        return rows.get(rows.size() - 1);
    }

    private static ScenarioParams load(String name, List<String> extra) {
        List<String> o = new ArrayList<>(SIZE);
        o.addAll(extra);
        return Scenarios.load(TestScenarios.SCENARIOS.resolve(name + ".yaml"), o).params();
    }

    private static List<RunSummary> run(ScenarioParams p) {
        return Replications.run(p, baseParams, 0, REPLICATIONS, Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE);
    }
}
