package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.metrics.Check;

class FitTableTest {
    @Test
    void oneRowPerCheckWithTextQuotedWhereItMustBe() {
        List<Check> checks = List.of(
                new Check("abandonRate", "0.08", "0.0812", "+/- 0.02", true, 0, "COPC, 2009"),
                new Check("leaveReasonShares.treatment", "0.43", "0.31", "+/- 0.05", false, 5.76, "survey"));
        String[] lines = FitTable.csv(checks).split("\n");
        assertEquals("check,expected,simulated,tolerance,pass,penalty,source", lines[0]);
        assertEquals("abandonRate,0.08,0.0812,+/- 0.02,true,0,\"COPC, 2009\"", lines[1]);
        assertEquals("leaveReasonShares.treatment,0.43,0.31,+/- 0.05,false,5.76,survey", lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void withoutChecksOnlyTheHeader() {
        assertEquals("check,expected,simulated,tolerance,pass,penalty,source\n", FitTable.csv(null));
    }
}
