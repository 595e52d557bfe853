package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a payback and its range read, on the payer's books. */
class PaybackWordsTest {

    private static Map<String, Object> payer(Double months, Double soonest, Double latest) {
        Map<String, Object> m = new HashMap<>();
        m.put("netBenefitCi95", List.of(10.0, 30.0));
        m.put("paybackMonths", months);
        m.put("paybackMonthsCi95", Arrays.asList(soonest, latest));
        return m;
    }

    @Test
    void aPaybackReadsWithItsRange() {
        assertEquals("14 months (9 to 31 months)", PlainWords.payback(payer(14.2, 9.4, 30.8)));
        assertEquals("2 months (under a month to 5 months)", PlainWords.payback(payer(2.1, 0.4, 5.2)));
        assertEquals("3 months (1 month to beyond the horizon)", PlainWords.payback(payer(3.0, 1.0, null)));
    }

    @Test
    void aRangeThatSaysNothingMoreIsLeftOut() {
        assertEquals("within a month", PlainWords.payback(payer(0.3, 0.2, 0.4)));
        Map<String, Object> older = payer(14.0, null, null);
        older.remove("paybackMonthsCi95");
        assertEquals("14 months", PlainWords.payback(older), "a comparison written before the range was kept");
    }

    @Test
    void theReportsSentenceSaysWhereTheRangeComesFrom() {
        Map<String, Object> row = payer(14.2, 9.4, 30.8);
        row.put("perspective", "uk");
        row.put("name", "UK");
        row.put("investmentOneOffGbp", 5e8);
        row.put("investmentPerYearGbp", 0.0);
        row.put("netBenefitGbpPerYear", 4e8);
        row.put("npvGbp", 1e9);
        Map<String, Object> bc = Map.of("rows", List.of(row));
        String sentence = PlainWords.businessCase("lever", bc);
        assertEquals(true, sentence.contains("pays back in 14 months (9 to 31 months at the ends of the net "
                + "benefit's 95% interval)"), sentence);
    }
}
