package uk.cxsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.cxsim.experiment.ScenarioRunner;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.RunFolder;
import uk.cxsim.output.RunWriter;
import uk.cxsim.scenario.LoadedScenario;

/** {@code cxsim run}: runs a scenario and writes its tables and summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario (default: the UK baseline) and write tables, summary.json and run.json.")
public final class RunCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file (default: scenarios/uk-baseline.yaml)")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; must not exist yet or be empty (default: outputs/<scenario>/<timestamp>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores); results do not depend on it")
    int threads = ScenarioRunner.defaultThreads();

    @Option(names = "--quiet", description = "No progress bar or summary")
    boolean quiet;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserInputException("--threads must be at least 1, found " + threads);
        }
        LoadedScenario loaded = options.load(scenario);
        ScenarioParams p = loaded.params();
        Path target = out != null ? out : defaultFolder(p.name());
        try (RunFolder folder = RunFolder.prepare(target)) {
            String started = LocalDateTime.now().toString();
            RunSummary summary;
            try (ProgressCounter progress = new ProgressCounter(p.name(), p.totalDays(), "days", quiet)) {
                summary = ScenarioRunner.run(p, 0, threads, progress);
            }
            RunWriter.write(folder, summary, manifest(loaded, summary, started));
            folder.commit();
            if (!quiet) {
                SummaryPrinter.print(spec.commandLine().getOut(), summary);
                spec.commandLine().getOut().printf("Wrote %s in %.1f s%n", displayPath(folder.target()),
                        summary.record().wallSeconds());
            }
        }
        return 0;
    }

    private Map<String, Object> manifest(LoadedScenario loaded, RunSummary s, String started) {
        ScenarioParams p = loaded.params();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", p.name());
        m.put("scenarioFile", loaded.origin());
        m.put("description", p.description());
        m.put("seed", p.seed());
        m.put("replications", 1);
        m.put("customers", p.customers());
        m.put("population", p.population());
        m.put("scaleFactor", p.scaleFactor());
        m.put("days", p.days());
        m.put("warmupDays", p.warmupDays());
        m.put("version", BuildInfo.version());
        m.put("gitCommit", BuildInfo.gitCommit());
        m.put("startedAt", started);
        m.put("wallSeconds", s.record().wallSeconds());
        m.put("threads", threads);
        m.put("java", System.getProperty("java.version"));
        m.put("contactsSimulated", s.record().wholeRun().suppliers() == 0 ? 0 : totalContacts(s));
        m.put("eventsSimulated", s.record().events());
        m.put("parameters", loaded.resolved());
        return m;
    }

    private static double totalContacts(RunSummary s) {
        double n = 0;
        for (int g = 0; g < s.record().wholeRun().suppliers(); g++) {
            n += s.record().wholeRun().get(g, Metric.CONTACTS);
        }
        return n;
    }

    static Path defaultFolder(String scenarioName) {
        Path base = Path.of("outputs", scenarioName.replaceAll("[^A-Za-z0-9._-]", "_"));
        String stamp = LocalDateTime.now().format(STAMP);
        Path p = base.resolve(stamp);
        for (int k = 2; Files.exists(p); k++) {
            p = base.resolve(stamp + "-" + k);
        }
        return p;
    }

    static String displayPath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs) + "/";
    }
}
