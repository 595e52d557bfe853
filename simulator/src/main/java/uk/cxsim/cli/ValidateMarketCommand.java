package uk.cxsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.cxsim.experiment.validation.MarketDrift;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.results.MarketValidationFile;

/** {@code cxsim validate market}: whether the baseline's market stands still, supplier by supplier, year by year. */
@Command(name = "market", mixinStandardHelpOptions = true,
        description = "Run the scenario for some measured years and report each supplier's change of relationships "
                + "in each year (mean of the replications); exit code 1 if any moves more than the limit.")
public final class ValidateMarketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to check (default: the UK baseline)")
    java.nio.file.Path scenario;

    @Mixin
    YearsOption years = new YearsOption(3, "Measured years (default ${DEFAULT-VALUE})");

    @Mixin
    ReplicationsOption replications = new ReplicationsOption(3, "Replications (default ${DEFAULT-VALUE})");

    @Option(names = "--limit", paramLabel = "PERCENT",
            description = "Largest change allowed in any year, percent (default ${DEFAULT-VALUE})")
    double limit = 2;

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    SimulationOptions sim = new SimulationOptions();

    @Override
    public Integer call() {
        years.check(sim.scenario);
        replications.check();
        sim.execution.check();
        OptionCheck.require(limit > 0, "--limit", "above 0", limit);
        ScenarioParams p = sim.scenario.loadWith(scenario, List.of(years.days())).params();
        MarketDrift drift;
        try (ProgressCounter progress = ProgressCounter.onTerminal("market " + p.name(),
                (long) p.totalDays() * replications.count(), "days", sim.execution.quiet)) {
            drift = MarketDrift.measure(p, replications.count(), sim.execution.threads, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
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
        return new MarketValidationFile(p.name(), p.customers(), replications.count(), years.count(), limit,
                drift.largestChangePct(), drift.within(limit), rows);
    }

    private void table(PrintWriter out, ScenarioParams p, MarketDrift drift) {
        out.printf(Locale.UK, "%s: %,d customers, %d replications, %d measured years; relationships held, change "
                + "each year (mean of the replications)%n", p.name(), p.customers(), replications.count(), years.count());
        int w = drift.suppliers().stream().mapToInt(String::length).max().orElse(8);
        StringBuilder head = new StringBuilder(String.format(Locale.UK, "%-" + w + "s  %10s", "supplier", "at start"));
        for (int y = 1; y <= years.count(); y++) {
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
