package uk.cxsim.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Charts built one after another and then written together, on the machine's cores: each chart is painted by one
 * thread only (a chart lays itself out while it paints), and its files are the same whichever thread writes them.
 */
final class ChartBatch {
    private record Pending(Path dir, String name, Chart<?, ?> chart) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** Queues a chart for {@code dir/name.png} and {@code .svg}; returns what the report says of it. */
    ChartBook.Drawn add(Path dir, String name, Chart<?, ?> chart, String caption) {
        pending.add(new Pending(dir, name, chart));
        return new ChartBook.Drawn("charts/" + name + ".png", chart.getTitle(), caption);
    }

    /** Writes every queued chart; a chart that cannot be written fails the batch with its {@link ChartException}. */
    void writeAll() {
        pending.parallelStream().forEach(p -> ChartWriter.write(p.dir(), p.name(), p.chart()));
        pending.clear();
    }
}
