package uk.cxsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.SensitivityIndex;

/** sensitivity.csv: one row per output, parameter and index, with its bootstrap 95% interval. */
public final class SensitivityTable {
    private SensitivityTable() {
    }

    /** The table's text: each method's indices in the order given (a screening has Morris's, then Sobol's). */
    public static String csv(Map<String, List<SensitivityIndex>> byMethod) {
        StringBuilder sb = new StringBuilder("method,output,parameter,index,value,ci95Low,ci95High\n");
        byMethod.forEach((method, indices) -> {
            for (SensitivityIndex i : indices) {
                sb.append(Csv.join(List.of(method, i.output(), i.parameter(), i.index()))).append(',')
                        .append(Formats.csv(i.value())).append(',').append(Formats.csv(i.low())).append(',')
                        .append(Formats.csv(i.high())).append('\n');
            }
        });
        return sb.toString();
    }

    public static void write(Path file, String method, List<SensitivityIndex> indices) {
        String text = csv(Map.of(method, indices));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + IoProblems.describe(e), e);
        }
    }
}
