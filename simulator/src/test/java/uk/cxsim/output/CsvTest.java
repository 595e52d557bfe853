package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cellsNeedingQuotesAreQuotedAndReadBack() {
        List<String> cells = List.of("Albion Bank", "a, b", "say \"hi\"", "12.5", "");
        String line = Csv.join(cells);
        assertEquals("Albion Bank,\"a, b\",\"say \"\"hi\"\"\",12.5,", line);
        assertEquals(cells, Csv.split(line));
    }

    @Test
    void aLineBreakInACellKeepsTheRecordOnOneLine() {
        String line = Csv.join(Arrays.asList("two\nlines", null));
        assertEquals(false, line.contains("\n"), line);
        assertEquals(List.of("two lines", ""), Csv.split(line));
    }
}
