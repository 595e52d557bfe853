package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.output.Json;
import uk.cxsim.results.BusinessCaseSection;

/** How a payback and its range read, on the payer's books. */
class PaybackWordsTest {

    private static Map<String, Object> payer(Double months, Double soonest, Double latest) {
        Map<String, Object> m = new HashMap<>();
        m.put("netBenefitCi95", List.of(10.0, 30.0));
        m.put("paybackMonths", months);
        m.put("paybackMonthsCi95", Arrays.asList(soonest, latest));
        return m;
    }

    /** The row as comparison.json reads back. */
    private static BusinessCaseSection.Row row(Map<String, Object> m) {
        return Json.read(Json.write(m), BusinessCaseSection.Row.class);
    }

    @Test
    void aPaybackReadsWithItsRange() {
        assertEquals("month 14 (months 9 to 31)", PlainWords.payback(row(payer(14.0, 9.0, 31.0))));
        assertEquals("month 2 (at once to month 5)", PlainWords.payback(row(payer(2.0, 0.0, 5.0))));
        assertEquals("month 3 (month 1 to beyond the months simulated)",
                PlainWords.payback(row(payer(3.0, 1.0, null))));
    }

    @Test
    void aRangeThatSaysNothingMoreIsLeftOut() {
        assertEquals("at once", PlainWords.payback(row(payer(0.0, 0.0, 0.0))));
        Map<String, Object> single = payer(14.0, null, null);
        single.remove("paybackMonthsCi95");
        assertEquals("month 14", PlainWords.payback(row(single)), "one replication: no range");
    }

    @Test
    void theReportsSentenceSaysWhereTheRangeComesFrom() {
        Map<String, Object> row = payer(14.0, 9.0, 31.0);
        row.put("perspective", "uk");
        row.put("name", "UK");
        row.put("investmentOneOffGbp", -5e8);
        row.put("investmentPerYearGbp", 0.0);
        row.put("netBenefitGbpPerYear", 4e8);
        row.put("npvGbp", 1e9);
        BusinessCaseSection bc = Json.read(Json.write(Map.of("rows", List.of(row))), BusinessCaseSection.class);
        String sentence = PlainWords.businessCase("lever", bc);
        assertEquals(true, sentence.contains("costs GBP 500.0m once") && sentence.contains("pays back in month 14 "
                + "(months 9 to 31 at the ends of the cumulative net's 95% interval)"), sentence);
    }
}
