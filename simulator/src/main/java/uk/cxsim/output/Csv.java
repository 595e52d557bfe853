package uk.cxsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV lines through Apache Commons CSV (RFC 4180: cells quoted where needed, quotes doubled). A line break inside a
 * cell is written as a space, so every record stays on one line.
 */
public final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private Csv() {
    }

    /** One cell as it appears in a line (quoted where needed); null is empty. */
    public static String quote(String s) {
        return join(java.util.Collections.singletonList(s));
    }

    /** One line of cells, without the line break. */
    public static String join(List<String> cells) {
        Object[] values = new Object[cells.size()];
        for (int k = 0; k < values.length; k++) {
            String c = cells.get(k);
            values[k] = c == null ? "" : c.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }
        return FORMAT.format(values);
    }

    /** The cells of one line written as {@link #join} writes them. */
    public static List<String> split(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return new ArrayList<>(List.of(""));
            }
            return new ArrayList<>(records.get(0).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new OutputException("not a CSV line: " + IoProblems.describe(e));
        }
    }
}
