package uk.cxsim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import uk.cxsim.output.IoProblems;

/** Saves a chart as PNG and SVG under one name. */
public final class ChartWriter {
    private ChartWriter() {
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns the PNG. */
    public static Path write(Path dir, String name, Chart<?, ?> chart) {
        try {
            Files.createDirectories(dir);
            if (chart instanceof org.knowm.xchart.CategoryChart bars) {
                HonestAxes.apply(bars);
            }
            Path base = dir.resolve(name);
            BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return dir.resolve(name + ".png");
        } catch (IOException e) {
            throw new ChartException("cannot write chart " + name + ": " + IoProblems.describe(e));
        }
    }

    /** A file name for a chart about something named (a sector, an output). */
    public static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
