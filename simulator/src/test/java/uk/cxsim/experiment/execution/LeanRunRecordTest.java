package uk.cxsim.experiment.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.ProgressListener;
import uk.cxsim.engine.Simulation;
import uk.cxsim.experiment.whatif.BusinessCase;
import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.RunRecord;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;

/**
 * Comparisons hold their runs lean: every figure and every business case, year by year, reads the same from the lean
 * record as from the whole one, in a small part of the memory the heap estimate allows for it.
 */
class LeanRunRecordTest {
    private static final int DAYS = 2 * 365 + 40;

    @Test
    void figuresAndMonthByMonthBusinessCasesAreTheSameFromTheLeanRecord() {
        ScenarioParams base = TestScenarios.small("customers=1500", "days=" + DAYS, "spinUp.years=0");
        ScenarioParams variant = TestScenarios.small("customers=1500", "days=" + DAYS, "spinUp.years=0",
                "name=cut", "levers.staffingMultiplier=0.7");
        RunRecord baseRun = Simulation.run(base, base, 0, 1, ProgressListener.NONE);
        RunRecord variantRun = Simulation.run(variant, base, 0, 1, ProgressListener.NONE);
        RunSummary whole = new RunSummary(baseRun);
        RunSummary lean = new RunSummary(baseRun.lean());

        assertEquals(whole.figures(), lean.figures());
        assertEquals(26, uk.cxsim.model.Clock.months(DAYS), "the business case reads 26 months, the last a part");
        assertEquals(described(BusinessCase.every(List.of(whole), List.of(new RunSummary(variantRun)))),
                described(BusinessCase.every(List.of(lean), List.of(new RunSummary(variantRun.lean())))));
        IllegalStateException dropped = assertThrows(IllegalStateException.class,
                () -> baseRun.lean().daily().get(100).cumulative());
        assertTrue(dropped.getMessage().contains("measured day 100 of a lean run record has no counters"),
                dropped.getMessage());
    }

    @Test
    void aLeanRecordFitsWhatTheHeapEstimateAllowsAndIsAFractionOfTheWhole() throws IOException {
        ScenarioParams p = TestScenarios.small("customers=1500", "days=365", "spinUp.years=0");
        RunRecord whole = Simulation.run(p, p, 0, 1, ProgressListener.NONE);
        long params = serialised(p);
        long lean = serialised(whole.lean()) - params;
        assertTrue(lean <= HeapEstimate.resultBytes(p, 1), lean + " bytes against "
                + HeapEstimate.resultBytes(p, 1));
        assertTrue(lean * 5 < serialised(whole) - params, "lean " + lean + " bytes, whole " + serialised(whole));
    }

    /** The rows as text, each year's net benefit by value. */
    private static List<String> described(List<BusinessCaseRow> rows) {
        return rows.stream().map(r -> List.<Object>of(r.perspective(), r.name(), r.sector(), r.lines(),
                r.investmentOneOffGbp(), r.netBenefit(), r.npv(), r.terminalValue(),
                Arrays.toString(r.cumulativeByMonth()), String.valueOf(r.paybackMonths())).toString()).toList();
    }

    private static long serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }
}
