package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import uk.cxsim.experiment.validation.MarketDrift;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.results.MarketValidationFile;

/** {@code cxsim validate market}: whether the baseline's market stands still, supplier by supplier, year by year. */
@Command(name = "market")
public final class ValidateMarketCommand extends CliCommand {
    @Option(names = "--scenario", paramLabel = "FILE") java.nio.file.Path scenario;
    @Mixin MeasuredYearsOptions measure = new MeasuredYearsOptions(3, 3);
    @Option(names = "--limit", paramLabel = "PERCENT") double limit = 2;
    @Mixin FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        measure.check();
        OptionCheck.require(limit > 0, "--limit", "above 0", limit);
        ScenarioParams p = measure.sim.scenario.loadWith(scenario, List.of(measure.years.days())).params();
        MarketDrift drift;
        try (ProgressCounter progress = ProgressCounter.onTerminal("market " + p.name(),
                (long) p.totalDays() * measure.replications.count(), "days", measure.sim.execution.quiet)) {
            drift = MarketDrift.measure(p, measure.replications.count(), measure.sim.execution.threads, progress);
        }
        PrintWriter out = out();
        if (format.json()) {
            out.print(Json.write(json(p, drift)));
        } else {
            table(out, p, drift);
        }
        out.flush();
        return drift.within(limit) ? 0 : Main.FAILED;
    }

    private MarketValidationFile json(ScenarioParams p, MarketDrift drift) {
        List<MarketValidationFile.Supplier> rows = new ArrayList<>();
        for (int g = 0; g < drift.suppliers().size(); g++) {
            rows.add(new MarketValidationFile.Supplier(drift.suppliers().get(g), drift.start()[g],
                    drift.changePct()[g].clone()));
        }
        return new MarketValidationFile(p.name(), p.customers(), measure.replications.count(),
                measure.years.count(), limit, drift.largestChangePct(), drift.within(limit), rows);
    }

    private void table(PrintWriter out, ScenarioParams p, MarketDrift drift) {
        out.printf(Locale.UK, "%s: %,d customers, %d replications, %d measured years; relationships held, change "
                + "each year (mean of the replications)%n", p.name(), p.customers(), measure.replications.count(),
                measure.years.count());
        int w = drift.suppliers().stream().mapToInt(String::length).max().orElse(8);
        StringBuilder head = new StringBuilder(String.format(Locale.UK, "%-" + w + "s  %10s", "supplier", "at start"));
        for (int y = 1; y <= measure.years.count(); y++) {
            head.append(String.format(Locale.UK, "  %7s", "year " + y));
        }
        out.println(head);
        for (int g = 0; g < drift.suppliers().size(); g++) {
            StringBuilder row = new StringBuilder(String.format(Locale.UK, "%-" + w + "s  %,10.0f",
                    drift.suppliers().get(g), drift.start()[g]));
            for (double c : drift.changePct()[g]) {
                row.append(String.format(Locale.UK, "  %+6.1f%%", c));
            }
            out.println(row);
        }
        out.printf(Locale.UK, "largest change in a year: %.1f%% (limit %.1f%%): %s%n", drift.largestChangePct(), limit,
                drift.within(limit) ? "the market stands still" : "THE MARKET DRIFTS");
    }
}
