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
}
