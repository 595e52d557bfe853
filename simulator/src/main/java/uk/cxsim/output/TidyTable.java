package uk.cxsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A wide table cxsim wrote (sweep.csv, ensemble.csv, ...) read whole: a header, then one row per run, every cell
 * as text. Columns are read as numbers on request; an empty cell is a missing value.
 */
public final class TidyTable {
    private final Path file;
    private final List<String> columns;
    private final List<List<String>> rows;

    private TidyTable(Path file, List<String> columns, List<List<String>> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code file}; a missing or empty file, or a row with more or fewer cells than the header, is refused. */
    public static TidyTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OutputException("table " + file + " does not exist or is not a file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("cannot read table " + file + ": " + IoProblems.describe(e), e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new OutputException("table " + file + " is empty; it needs a header line of column names");
        }
        List<String> header = Csv.split(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (lines.get(k).isEmpty()) {
                continue;
            }
            List<String> cells = Csv.split(lines.get(k));
            if (cells.size() != header.size()) {
                throw new OutputException("table " + file + " line " + (k + 1) + " has " + cells.size()
                        + " cells but the header names " + header.size() + " columns");
            }
            rows.add(cells);
        }
        return new TidyTable(file, List.copyOf(header), rows);
    }

    public Path file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public int rows() {
        return rows.size();
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** Whether every cell of the column is empty or a finite number, and at least one is a number. */
    public boolean numeric(String column) {
        int c = index(column);
        boolean any = false;
        for (List<String> row : rows) {
            String cell = row.get(c).strip();
            if (!cell.isEmpty()) {
                if (!Double.isFinite(parse(cell))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The column as numbers, NaN where a cell is empty or not a number. */
    public double[] numbers(String column) {
        int c = index(column);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String cell = rows.get(i).get(c).strip();
            out[i] = cell.isEmpty() ? Double.NaN : parse(cell);
        }
        return out;
    }

    /** Whether a numeric column takes more than one value. */
    public boolean varies(String column) {
        return java.util.Arrays.stream(numbers(column)).filter(Double::isFinite).distinct().limit(2).count() > 1;
    }

    private int index(String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return c;
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
