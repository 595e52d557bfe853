package uk.cxsim.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The charts of an output folder, built one after another and then written together into its {@code charts/}
 * folder, on the machine's cores: each chart is painted by one thread only (a chart lays itself out while it paints),
 * and its files are the same whichever thread writes them.
 */
final class ChartBatch {
    private static final String DIR = "charts";

    private record Pending(String name, Chart<?, ?> chart) {
    }

    private final Path dir;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    ChartBatch(Path folder) {
        this.dir = folder.resolve(DIR);
    }

    /**
     * Queues a chart for {@code charts/name.png} and {@code .svg}, or {@code name-2}, {@code name-3}... when the
     * batch has a chart of that name already (two levers whose names differ only in case or punctuation keep a chart
     * each); returns what the report says of it.
     */
    ChartBook.Drawn add(String name, Chart<?, ?> chart, String caption) {
        String unique = name;
        for (int k = 2; !names.add(unique); k++) {
            unique = name + "-" + k;
        }
        pending.add(new Pending(unique, chart));
        return new ChartBook.Drawn(DIR + "/" + unique + ".png", chart.getTitle(), caption);
    }

    /** Writes every queued chart; a chart that cannot be written fails the batch with its {@link ChartException}. */
    void writeAll() {
        pending.parallelStream().forEach(p -> ChartWriter.write(dir, p.name(), p.chart()));
        pending.clear();
    }
}
