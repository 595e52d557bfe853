package uk.cxsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.cxsim.metrics.SweepRow;

/**
 * A sweep's results on disk, written row by row as runs finish: {@code sweep.csv} (one row per point and
 * replication, every varied value in the row, then every figure) and {@code failures.csv} (runs that failed, with
 * their seed and values). Reopening an existing file resumes it: rows already there are not run again, and a row
 * cut short by an interruption is dropped.
 */
public final class SweepFile implements AutoCloseable {
    private final Path results;
    private final Path failures;
    private final List<String> parameters;
    private final Set<Long> done = new HashSet<>();
    private List<String> figures;
    private BufferedWriter out;
    private BufferedWriter failed;

    public SweepFile(Path folder, List<String> parameters) {
        this.results = folder.resolve("sweep.csv");
        this.failures = folder.resolve("failures.csv");
        this.parameters = List.copyOf(parameters);
        try {
            if (Files.exists(results)) {
                readExisting();
            }
        } catch (IOException e) {
            throw new OutputException("cannot read " + results + ": " + IoProblems.describe(e), e);
        }
    }

    private void readExisting() throws IOException {
        dropPartialLastLine(results);
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = Csv.split(lines.get(0));
        int fixed = 3 + parameters.size();
        if (header.size() < fixed || !header.subList(3, fixed).equals(parameters)) {
            throw new OutputException(results + " belongs to a sweep of other parameters " + header.subList(3,
                    Math.min(fixed, header.size())) + "; choose a new output folder");
        }
        figures = header.subList(fixed, header.size());
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.split(line);
            done.add(SweepRow.key(Integer.parseInt(cells.get(0)), Integer.parseInt(cells.get(1))));
        }
    }

    private static void dropPartialLastLine(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long end = f.length();
            long pos = end;
            while (pos > 0) {
                f.seek(pos - 1);
                if (f.read() == '\n') {
                    break;
                }
                pos--;
            }
            if (pos < end) {
                f.setLength(pos);
            }
        }
    }

    /** Every row on disk: (point, replication) key to the named figures. */
    public Map<Long, Map<String, Double>> rows(List<String> names) {
        Map<Long, Map<String, Double>> out = new java.util.HashMap<>();
        try {
            if (this.out != null) {
                this.out.flush();
            }
            if (!Files.exists(results)) {
                return out;
            }
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            List<String> header = Csv.split(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = Csv.split(line);
                Map<String, Double> row = new java.util.HashMap<>();
                for (String n : names) {
                    int col = header.indexOf(n);
                    if (col < 0) {
                        throw new OutputException("no figure named '" + n + "' in " + results);
                    }
                    String cell = cells.get(col);
                    row.put(n, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
                }
                out.put(SweepRow.key(Integer.parseInt(cells.get(0)), Integer.parseInt(cells.get(1))), row);
            }
            return out;
        } catch (IOException e) {
            throw new OutputException("cannot read " + results + ": " + IoProblems.describe(e), e);
        }
    }

    /** Keys ({@link SweepRow#key}) of the rows already in the file. */
    public Set<Long> done() {
        return Set.copyOf(done);
    }

    /** Rows already on disk when the sweep started. */
    public int resumed() {
        return done.size();
    }

    /** Appends a run: its figures to sweep.csv, or, if it failed, its seed, values and error to failures.csv. */
    public void write(SweepRow row) {
        try {
            if (row.failed()) {
                writeFailure(row);
                return;
            }
            if (out == null) {
                boolean fresh = figures == null;
                if (fresh) {
                    figures = new ArrayList<>(row.figures().keySet());
                }
                out = Files.newBufferedWriter(results, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                if (fresh) {
                    List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
                    header.addAll(parameters);
                    header.addAll(figures);
                    out.write(Csv.join(header));
                    out.newLine();
                }
            }
            StringBuilder sb = new StringBuilder().append(row.point()).append(',').append(row.replication())
                    .append(',').append(row.seed());
            for (double v : row.values()) {
                sb.append(',').append(Formats.csv(v));
            }
            Map<String, Double> f = row.figures();
            for (String k : figures) {
                Double v = f.get(k);
                sb.append(',').append(v == null ? "" : Formats.csv(v));
            }
            out.write(sb.toString());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write " + results + ": " + IoProblems.describe(e), e);
        }
    }

    private void writeFailure(SweepRow row) throws IOException {
        boolean fresh = !Files.exists(failures);
        if (failed == null) {
            failed = Files.newBufferedWriter(failures, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        if (fresh) {
            List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
            header.addAll(parameters);
            header.add("error");
            failed.write(Csv.join(header));
            failed.newLine();
        }
        StringBuilder sb = new StringBuilder().append(row.point()).append(',').append(row.replication()).append(',')
                .append(row.seed());
        for (double v : row.values()) {
            sb.append(',').append(Formats.csv(v));
        }
        sb.append(',').append(Csv.quote(row.error()));
        failed.write(sb.toString());
        failed.newLine();
        failed.flush();
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (failed != null) {
                failed.close();
            }
        } catch (IOException e) {
            throw new OutputException("cannot close the sweep files: " + IoProblems.describe(e), e);
        }
    }
}
