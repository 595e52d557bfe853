package uk.cxsim.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import uk.cxsim.chart.ChartWriter;
import uk.cxsim.chart.DiscoveryCharts;
import uk.cxsim.errors.UserInputException;
import uk.cxsim.experiment.discovery.DiscoveryQuestion;
import uk.cxsim.experiment.discovery.Prim;
import uk.cxsim.experiment.discovery.PrimData;
import uk.cxsim.experiment.discovery.PrimSettings;
import uk.cxsim.experiment.discovery.PrimTrajectory;
import uk.cxsim.output.RunFolder;
import uk.cxsim.output.TidyTable;

/**
 * Scenario discovery ({@code cxsim discover}): PRIM on a table of runs cxsim wrote, then its folder (boxes.json,
 * trajectory.csv and a coverage/density chart per box). A table or a question it cannot answer is bad input, named
 * in one line.
 */
public final class Discovery {
    /** Fewer rows than this cannot support a box: one peel would already take a whole run. */
    public static final int MIN_ROWS = 10;

    /**
     * What to ask of which table.
     *
     * @param inputs columns the boxes may restrict; empty: the defaults ({@link DiscoveryInputs#defaults})
     * @param box    a step of the first trajectory chosen by hand, or null for the last reaching the threshold
     */
    public record Request(Path table, DiscoveryQuestion question, List<String> inputs, PrimSettings settings,
                          int boxes, Integer box, Path out) {
    }

    /** The inputs used, rows left out, and the boxes found. */
    public record Outcome(DiscoveryInputs inputs, int skipped, List<PrimTrajectory> trajectories) {
    }

    private Discovery() {
    }

    public static Outcome run(Request r, Consumer<String> warnings) {
        Path file = r.table();
        String outcome = r.question().outcome();
        TidyTable table = TidyTable.read(file);
        checkOutcome(table, file, outcome);
        DiscoveryInputs chosen = r.inputs().isEmpty() ? DiscoveryInputs.defaults(table, outcome)
                : named(table, file, outcome, r.inputs());
        if (chosen.inputs().isEmpty()) {
            throw new UserInputException(file + ": no numeric column varies besides --outcome " + outcome
                    + "; name the inputs with --inputs");
        }
        DiscoveryRows rows = DiscoveryRows.of(table, r.question(), chosen.inputs());
        if (rows.interest().length < MIN_ROWS) {
            throw new UserInputException(file + ": needs at least " + MIN_ROWS + " rows with " + outcome
                    + " and every input filled in; it has " + rows.interest().length);
        }
        PrimData data = new PrimData(chosen.inputs(), rows.columns(), rows.interest());
        DiscoveryQuestion question = r.question();
        if (data.cases() == 0 || data.cases() == data.rows()) {
            throw new UserInputException("--" + (question.below() ? "below" : "above") + ": "
                    + (data.cases() == 0 ? "no" : "every") + " run has " + question.words() + " (" + outcome
                    + " runs from " + DiscoveryQuestion.number(rows.lowest()) + " to "
                    + DiscoveryQuestion.number(rows.highest()) + "); choose a level inside that range");
        }
        List<PrimTrajectory> found;
        try {
            found = new Prim(data, r.settings()).discover(r.boxes(), r.box() == null ? -1 : r.box());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--box " + r.box() + ": " + e.getMessage());
        }
        PrimSettings settings = r.settings();
        try (RunFolder folder = RunFolder.prepare(r.out(), warnings)) {
            folder.writeText("boxes.json", DiscoveryReport.boxesJson(file.toString(), question, chosen.inputs(),
                    data.rows(), rows.skipped(), data.cases(), settings, r.boxes(), found));
            folder.writeText("trajectory.csv", DiscoveryReport.trajectoryCsv(chosen.inputs(), found));
            String footer = String.format(Locale.UK, "Table %s  |  %d runs, %d with %s  |  PRIM peel alpha %s, "
                    + "paste alpha %s, minimum mass %s", file, data.rows(), data.cases(), question.words(),
                    settings.peelAlpha(), settings.pasteAlpha(), settings.massMin());
            for (PrimTrajectory t : found) {
                String title = "Scenario discovery in " + file.getFileName() + ": " + question.words()
                        + (found.size() > 1 ? " (box " + t.number() + ")" : "");
                ChartWriter.write(folder.staging().resolve("charts"), "tradeoff-box-" + t.number(),
                        DiscoveryCharts.tradeoff(DiscoveryReport.points(t), t.chosenStep(), title, footer));
            }
            folder.commit();
        }
        return new Outcome(chosen, rows.skipped(), found);
    }

    private static void checkOutcome(TidyTable table, Path file, String outcome) {
        if (!table.has(outcome)) {
            List<String> cols = table.columns();
            throw new UserInputException("--outcome " + outcome + ": no such column in " + file + " (its "
                    + cols.size() + " columns begin " + String.join(", ", cols.subList(0, Math.min(8, cols.size())))
                    + ")");
        }
        if (!table.numeric(outcome)) {
            throw new UserInputException("--outcome " + outcome + ": the column is not numeric in " + file);
        }
    }

    private static DiscoveryInputs named(TidyTable table, Path file, String outcome, List<String> inputs) {
        for (String in : inputs) {
            if (!table.has(in)) {
                throw new UserInputException("--inputs: no column " + in + " in " + file);
            }
            if (in.equals(outcome) || !table.numeric(in)) {
                throw new UserInputException("--inputs: " + in + (in.equals(outcome) ? " is the outcome"
                        : " is not a numeric column") + "; inputs must be numeric columns other than the outcome");
            }
            if (!table.varies(in)) {
                throw new UserInputException("--inputs: " + in + " has the same value in every row of " + file
                        + ", so it cannot bound a box");
            }
        }
        return new DiscoveryInputs(List.copyOf(new java.util.LinkedHashSet<>(inputs)), "--inputs", List.of());
    }
}
