package uk.cxsim.experiment.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
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
                    sum += r.line(l);
                }
                assertEquals(sum, r.netBenefit().mean(), 1e-6 * (1 + Math.abs(sum)), r.name());
            }
        }
    }

    @Test
    void marginMovedBetweenRivalsNetsToZeroInASector() {
        List<BusinessCaseRow> rows = BusinessCase.every(baseline, albion);
        BusinessCaseRow.Line kept = BusinessCaseRow.Line.MARGIN_RETAINED;
        BusinessCaseRow.Line rivals = BusinessCaseRow.Line.MARGIN_FROM_RIVALS;
        for (SectorParams s : baseParams.sectors()) {
            double suppliers = 0;
            BusinessCaseRow sector = null;
            for (BusinessCaseRow r : rows) {
                if (r.perspective() == BusinessCaseRow.Perspective.SUPPLIER && r.sector().equals(s.name())) {
                    suppliers += r.line(kept) + r.line(rivals);
                } else if (r.perspective() == BusinessCaseRow.Perspective.SECTOR && r.name().equals(s.name())) {
                    sector = r;
                }
            }
            assertNotNull(sector, s.name());
            assertEquals(0, sector.line(rivals), 0, "a move between rivals is no gain for the sector: " + s.name());
            assertEquals(suppliers, sector.line(kept), 1e-6 * (1 + Math.abs(suppliers)), s.name());
        }
        BusinessCaseRow uk = rows.get(rows.size() - 1);
        assertEquals(BusinessCaseRow.Perspective.UK, uk.perspective());
        assertEquals(0, uk.line(rivals), 0);
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
    void aSingleSupplierCrmTakesMarginFromItsRivals() {
        List<BusinessCaseRow> rows = BusinessCase.of(baseline, albion);
        BusinessCaseRow bank = find(rows, BusinessCaseRow.Perspective.SUPPLIER, "Albion Bank");
        assertTrue(bank.lines().get(BusinessCaseRow.Line.MARGIN_FROM_RIVALS).low() > 0,
                "Albion keeps customers it won from its rivals");
        assertTrue(bank.terminalValue().low() > 0, "Albion holds more customers at the end");
        // the sector's margin less Albion's is its rivals': paired over replications, the interval lies below zero
        double[] rivals = new double[REPLICATIONS];
        for (int k = 0; k < REPLICATIONS; k++) {
            // one replication's rows (given twice: a business case needs a pair to form its intervals)
            List<BusinessCaseRow> byRep = BusinessCase.every(List.of(baseline.get(k), baseline.get(k)),
                    List.of(albion.get(k), albion.get(k)));
            BusinessCaseRow a = find(byRep, BusinessCaseRow.Perspective.SUPPLIER, "Albion Bank");
            BusinessCaseRow s = find(byRep, BusinessCaseRow.Perspective.SECTOR, "Financial Services");
            rivals[k] = s.line(BusinessCaseRow.Line.MARGIN_RETAINED) - a.line(BusinessCaseRow.Line.MARGIN_RETAINED)
                    - a.line(BusinessCaseRow.Line.MARGIN_FROM_RIVALS);
        }
        Interval ci = Interval.of(rivals);
        assertTrue(ci.high() < 0, "Albion's rivals' margin: " + ci);
        // the investment is Albion's alone, a cost on its books (negative) and on the UK's
        assertEquals(-2_500_000, bank.investmentOneOffGbp(), 0);
        assertEquals(-2_200_000, bank.line(BusinessCaseRow.Line.INVESTMENT_PER_YEAR), 1e-6);
        assertEquals(-2_500_000, last(rows).investmentOneOffGbp(), 0);
    }

    @Test
    void aStaffCutSavesWagesAndLosesMarginEachBeyondNoise() {
        BusinessCaseRow uk = last(BusinessCase.of(baseline, staffCut));
        Interval service = uk.lines().get(BusinessCaseRow.Line.SERVICE_COST_SAVED);
        Interval kept = uk.lines().get(BusinessCaseRow.Line.MARGIN_RETAINED);
        assertTrue(service.low() > 0, "service cost saved " + service);
        assertTrue(kept.high() < 0, "margin on customers kept " + kept);
        assertTrue(uk.lines().get(BusinessCaseRow.Line.PUTTING_RIGHT_SAVED).high() < 0,
                "callers left waiting complain more: putting right costs more");
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
