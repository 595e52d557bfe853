package uk.cxsim.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import uk.cxsim.output.IoProblems;
import uk.cxsim.output.Json;
import uk.cxsim.results.ComparisonFile;
import uk.cxsim.results.RunFile;
import uk.cxsim.results.SummaryFile;

/** The files of an output folder that charts and the report read: JSON as maps, CSV as Tablesaw tables. */
public final class FolderData {
    /** A figure's mean and 95% interval (low = high = mean with one replication). */
    public record Figure(double mean, double low, double high) {
        public double halfWidth() {
            return Double.isNaN(high) ? 0 : (high - low) / 2;
        }
    }

    private final Path folder;

    public FolderData(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public boolean has(String file) {
        return Files.isRegularFile(folder.resolve(file));
    }

    /** A JSON file of the folder, read into its record. */
    public <T> T read(String file, Class<T> type) {
        try {
            return Json.read(Files.readString(folder.resolve(file), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new ChartException("cannot read " + folder.resolve(file) + ": " + IoProblems.describe(e));
        }
    }

    /** run.json. */
    public RunFile run() {
        return read("run.json", RunFile.class);
    }

    /** summary.json. */
    public SummaryFile summary() {
        return read("summary.json", SummaryFile.class);
    }

    /** comparison.json. */
    public ComparisonFile comparison() {
        return read("comparison.json", ComparisonFile.class);
    }

    /** A CSV, each column's type inferred from every row. */
    public Table table(String file) {
        return read(file, options(file).sample(false));
    }

    /**
     * A CSV its writer gave these columns (names and types): read once, with those types, rather than reading the
     * whole file a second time to infer them. A file whose header differs is read as {@link #table(String)} reads it.
     */
    public Table table(String file, Table columns) {
        String header;
        try (BufferedReader r = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
            header = r.readLine();
        } catch (IOException e) {
            throw new ChartException("cannot read " + folder.resolve(file) + ": " + IoProblems.describe(e));
        }
        if (!writtenWith(header, columns)) {
            return table(file);
        }
        return read(file, options(file).columnTypes(columns.typeArray()));
    }

    /**
     * As {@link #table(String, Table)}, but only the rows whose {@code column} passes {@code keep}: the other rows
     * are skipped before they are parsed (a chart of a few metrics need not parse a whole time series). A file whose
     * header differs is read whole, as {@link #table(String)} reads it.
     */
    public Table table(String file, Table columns, String column, Predicate<String> keep) {
        Path path = folder.resolve(file);
        StringBuilder kept = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            int index = columns.columnNames().indexOf(column);
            if (index < 0 || !writtenWith(header, columns)) {
                return table(file);
            }
            kept.append(header).append('\n');
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (keep.test(field(line, index))) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new ChartException("cannot read " + path + ": " + IoProblems.describe(e));
        }
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(kept.toString()))
                    .tableName(file).maxCharsPerColumn(100_000).columnTypes(columns.typeArray()));
        } catch (RuntimeException e) {
            throw new ChartException("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Whether a CSV's header line names exactly these columns, in this order. */
    private static boolean writtenWith(String header, Table columns) {
        return String.join(",", columns.columnNames()).equals(header);
    }

    /** Field {@code index} of a CSV line, quotes removed ("" inside quotes is one quote). */
    static String field(String line, int index) {
        int k = 0;
        boolean quoted = false;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    if (k == index) {
                        out.append('"');
                    }
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                if (k == index) {
                    return out.toString();
                }
                k++;
            } else if (k == index) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private CsvReadOptions.Builder options(String file) {
        return CsvReadOptions.builder(folder.resolve(file).toFile()).maxCharsPerColumn(100_000);
    }

    private Table read(String file, CsvReadOptions.Builder options) {
        try {
            return Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            throw new ChartException("cannot read " + folder.resolve(file) + ": " + e.getMessage());
        }
    }

    /** figures.csv as metric to mean and interval. */
    public Map<String, Figure> figures() {
        Map<String, Figure> out = new LinkedHashMap<>();
        Table t = table("figures.csv");
        for (int r = 0; r < t.rowCount(); r++) {
            double mean = t.column("mean").isMissing(r) ? Double.NaN : t.doubleColumn("mean").get(r);
            double low = t.column("ci95Low").isMissing(r) ? mean : t.doubleColumn("ci95Low").get(r);
            double high = t.column("ci95High").isMissing(r) ? mean : t.doubleColumn("ci95High").get(r);
            out.put(t.stringColumn("metric").get(r), new Figure(mean, low, high));
        }
        return out;
    }

    /** Sector names in the scenario's order (their colour order). */
    public List<String> sectors() {
        Map<String, Object> params = run().parameters();
        Object sectors = params == null ? null : params.get("sectors");
        return sectors instanceof Map<?, ?> m ? new ArrayList<>(m.keySet().stream().map(String::valueOf).toList())
                : List.of();
    }
}
