package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static final Map<String, DoubleFunction<String>> RULES = Map.of("gbp", Formats::gbp, "count",
            Formats::count, "percent", Formats::percent, "points", Formats::points, "percentChange",
            Formats::percentChange, "decimal", Formats::decimal, "number", Formats::number, "setting",
            Formats::setting, "millions", Formats::millions, "csv", Formats::csv);

    /** Each rule on a few values: the scale changes, a sign, rounding half up as String.format does. */
    @ParameterizedTest(name = "{0}({1}) = \"{2}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            gbp|15.3e9|GBP 15.30bn
            gbp|271.15e6|GBP 271.2m
            gbp|12345.4|GBP 12,345
            gbp|-271.15e6|-GBP 271.2m
            gbp|0|GBP 0
            count|61.68e6|61.7 million
            count|425128|425,128
            percent|0.6843|68.4%
            percent|0|0.0%
            points|0.003|0.3 points
            points|0.0005|0.05 points
            percentChange|0.14|+0.1%
            percentChange|-15|-15.0%
            decimal|4.36|4.4
            decimal|0.04|0.04
            number|15.3e9|15.30bn
            number|-754.1e6|-754.1m
            number|12345|12,345
            number|0.0687|0.06870
            setting|12000|12,000
            setting|0.35|0.35
            setting|2.5|2.5
            setting|0.000123456|0.0001235
            millions|-26450000|-26.5
            csv|12345|12345
            csv|0.068712345678|0.068712345678
            csv|271234567.8|2.712345678E8
            csv|NaN|
            """)
    void writes(String rule, double value, String expected) {
        assertEquals(expected == null ? "" : expected, RULES.get(rule).apply(value));
    }

    @Test
    void anIntervalIsItsFigurePlusOrMinusItsHalfWidth() {
        assertEquals("GBP 271.2m +/- GBP 21.0m", Formats.withInterval(Formats.gbp(271.2e6), Formats.gbp(21e6)));
        assertEquals("+/- 0.3 points", Formats.plusMinus(Formats.points(0.003)));
    }

    @Test
    void aSettingInGbpReadsAsGbp() {
        assertEquals("GBP 1.5m", Formats.setting("investment.perYearGbp", 1.5e6));
        assertEquals("0.35", Formats.setting("crm.context", 0.35));
    }

    @Test
    void aCsvNumberReadsBackExactly() {
        double v = 0.1 + 0.2;
        assertEquals(v, Double.parseDouble(Formats.csv(v)));
    }
}
