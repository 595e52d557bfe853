package uk.cxsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** evaluations.csv: every point a calibration tried and its objective, one row per evaluation, flushed as it goes. */
public final class EvaluationLog implements AutoCloseable {
    private final BufferedWriter out;

    /** Creates the file with its header: evaluation, objective, then one column per parameter label. */
    public EvaluationLog(Path file, List<String> labels) {
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write("evaluation,objective");
            for (String label : labels) {
                out.write("," + Csv.quote(label));
            }
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write evaluations.csv: " + IoProblems.describe(e), e);
        }
    }

    public void write(int evaluation, double objective, double[] values) {
        try {
            StringBuilder sb = new StringBuilder().append(evaluation).append(',').append(Formats.csv(objective));
            for (double v : values) {
                sb.append(',').append(Formats.csv(v));
            }
            out.write(sb.toString());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write evaluations.csv: " + IoProblems.describe(e), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputException("cannot write evaluations.csv: " + IoProblems.describe(e), e);
        }
    }
}
