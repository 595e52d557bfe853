package uk.cxsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.cxsim.engine.ProgressListener;
import uk.cxsim.experiment.execution.Replications;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;

/**
 * Each seed case moves the metrics the way the evidence says. Baseline and variant run the same replications
 * (common random numbers); the 95% confidence interval of the paired difference must lie entirely on the expected
 * side of zero.
 */
class WhatIfDirectionTest {
    private static final int REPLICATIONS = 4;
    private static final List<String> SIZE = List.of("customers=20000", "days=120", "seed=2009");
    private static ScenarioParams baseParams;
    private static List<RunSummary> baseline;

    /** A metric and the direction it should move: +1 up, -1 down. */
    private record Expect(String metric, int sign) {
    }

    private static final Map<String, List<Expect>> EXPECTED = Map.ofEntries(
            Map.entry("switcher-ignored", List.of(up("sectors.Financial Services.lostProspects"))),
            Map.entry("store-cannot-order", List.of(up("sectors.Retail.lostSalesGbp"))),
            Map.entry("rising-intolerance", List.of(up("relationshipsLostToTreatment"), up("costOfPoorServiceGbp"))),
            Map.entry("hidden-help", List.of(up("miseries.trappedInSelfService"), up("costOfPoorServiceGbp"))),
            Map.entry("door-slammed", List.of(down("wonBack"))),
            Map.entry("door-open", List.of(up("wonBack"))),
            Map.entry("ivr-escape-hatch", List.of(down("customerMinutes.trappedInIvr"),
                    down("miseries.trappedInSelfService"), down("costOfPoorServiceGbp"))),
            Map.entry("crm-context-everywhere", List.of(down("miseries.repeatInformation"),
                    down("miseries.agentDoesNotKnowHistory"), down("costOfPoorServiceGbp"))),
            Map.entry("omnichannel", List.of(down("miseries.channelUnavailable"), down("costOfPoorServiceGbp"))),
            Map.entry("staff-cut-20pct", List.of(up("meanWaitMinutes"), up("abandonRate"),
                    up("costOfPoorServiceGbp"), down("agentHoursPaid"))),
            Map.entry("rigid-rota", List.of(up("meanWaitMinutes"), up("abandonRate"), up("costOfPoorServiceGbp"))),
            Map.entry("raise-service-level", List.of(down("meanWaitMinutes"), down("abandonRate"),
                    down("costOfPoorServiceGbp"), up("agentHoursPaid"))),
            Map.entry("empowered-staff", List.of(down("repeatContacts"), down("miseries.issueNotResolved"),
                    down("costOfPoorServiceGbp"))),
            Map.entry("delight-best-customers", List.of(up("delights"), up("fans"))));

    @BeforeAll
    static void runBaseline() {
        baseParams = Scenarios.load(TestScenarios.SCENARIOS.resolve("uk-baseline.yaml"), SIZE).params();
        baseline = run(TestScenarios.SCENARIOS.resolve("uk-baseline.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> everySeedCaseMovesTheMetricsAsTheEvidenceSays() {
        return EXPECTED.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<RunSummary> variant = run(TestScenarios.SCENARIOS.resolve(name + ".yaml"));
            for (Expect e : EXPECTED.get(name)) {
                double[] diff = new double[REPLICATIONS];
                for (int r = 0; r < REPLICATIONS; r++) {
                    diff[r] = variant.get(r).figures().get(e.metric()) - baseline.get(r).figures().get(e.metric());
                }
                Interval ci = Interval.of(diff);
                boolean moved = e.sign() > 0 ? ci.low() > 0 : ci.high() < 0;
                assertTrue(moved, name + ": " + e.metric() + " should go " + (e.sign() > 0 ? "up" : "down")
                        + "; paired difference " + ci.mean() + " +/- " + ci.halfWidth() + " (95% CI)");
            }
        }));
    }

    private static List<RunSummary> run(Path file) {
        ScenarioParams p = Scenarios.load(file, SIZE).params();
        return Replications.run(p, baseParams, 0, REPLICATIONS, Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE);
    }

    private static Expect up(String metric) {
        return new Expect(metric, 1);
    }

    private static Expect down(String metric) {
        return new Expect(metric, -1);
    }
}
