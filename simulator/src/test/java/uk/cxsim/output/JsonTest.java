package uk.cxsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void whatItWritesItReadsBackEvenPastThreeMillionCharacters() {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("member", "m" + i);
            row.put("netBenefitGbp", 1.0e9 + i / 7.0);
            row.put("paysBack", i % 3 == 0);
            rows.add(row);
        }
        doc.put("rows", rows);
        String text = Json.write(doc);
        assertEquals(true, text.length() > 3_145_728, text.length() + " characters");
        Map<String, Object> back = Json.read(text);
        List<?> read = (List<?>) back.get("rows");
        assertEquals(60_000, read.size());
        assertEquals(rows.get(59_999), read.get(59_999));
    }

    @Test
    void figuresArePlainJsonWholeNumbersWithoutFractionAndNonFiniteAsNull() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("whole", 15_360_000_000.0);
        doc.put("share", 0.25);
        doc.put("none", Double.NaN);
        doc.put("curve", new double[] {1.5, Double.POSITIVE_INFINITY, 2});
        doc.put("empty", List.of());
        doc.put("text", "line \"one\"\nline two");
        String text = Json.write(doc);
        assertEquals(true, text.contains("\"whole\": 15360000000,"), text);
        assertEquals(true, text.contains("\"none\": null"), text);
        assertEquals(true, text.contains("\"empty\": []"), text);
        Map<String, Object> back = Json.read(text);
        assertEquals(0.25, back.get("share"));
        assertEquals(null, back.get("none"));
        assertEquals(java.util.Arrays.asList(1.5, null, 2), back.get("curve"));
        assertEquals("line \"one\"\nline two", back.get("text"));
    }

    @Test
    void textThatIsNotJsonIsOneLineNamingWhere() {
        OutputException e = org.junit.jupiter.api.Assertions.assertThrows(OutputException.class,
                () -> Json.read("{\"a\": 1,\n \"b\": }"));
        assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(false, e.getMessage().contains("\n"), e.getMessage());
    }
}
