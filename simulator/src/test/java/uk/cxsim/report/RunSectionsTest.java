package uk.cxsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.output.Json;
import uk.cxsim.results.SummaryFile;
import uk.cxsim.scenario.Target;
import uk.cxsim.scenario.TargetSet;

/** A run's key figures and sector table carry their 95% intervals when there are replications to give one. */
class RunSectionsTest {
    @Test
    void cardsAndSectorTableShowEachFiguresIntervalOverReplications() {
        SummaryFile summary = summary(3);
        String headline = RunSections.headline(summary);
        assertTrue(headline.contains("(+/- GBP 150.0m, 95% CI over 3 replications)"), headline);
        assertTrue(headline.contains("<div class=\"value\">GBP 15.00bn</div><div class=\"ci\">+/- GBP 150.0m "
                + "(95% CI)</div>"), headline);
        assertTrue(headline.contains("+/- GBP 20.0m (95% CI)</div><div class=\"label\">to acquire"), headline);
        assertTrue(headline.contains("+/- 0.3 points (95% CI)"), headline);
        assertTrue(headline.contains("+/- 1.5 million hours (95% CI)"), headline);

        String table = RunSections.sectors(summary);
        assertTrue(table.contains("GBP 2.00bn<br><span class=\"ci\">+/- GBP 40.0m</span>"), table);
        assertTrue(table.contains("GBP 300.0m<br><span class=\"ci\">+/- GBP 6.0m</span>"), table);
        assertTrue(table.contains("half width of its 95% confidence interval over the 3 replications"), table);
    }

    @Test
    void howTheContactCentresRanGivesItsIntervals() {
        String html = RunSections.operations(summary(3));
        assertTrue(html.contains("5.7% (+/- 0.3 points) of callers hung up"), html);
        assertTrue(html.contains("GBP 1.2m<br><span class=\"ci\">+/- GBP 50.0m</span>"), html);
        assertFalse(RunSections.operations(summary(1)).contains("(+/- "));
    }

    @Test
    void theEvidenceTableShowsFiguresKeptOnlyWithTheirIntervals() {
        TargetSet targets = new TargetSet("t", "Targets.", List.of(Target.Value.calibration(
                "treatment leavers who stop buying", "treatmentLeaversLeavingSectorShare", 0.38, 0.01, "survey")),
                List.of());
        String html = RunSections.evidence(targets, summary(3));
        assertTrue(html.contains("<span class=\"pass\">37.9% (+/- 0.5 points)</span>"), html);
    }

    @Test
    void aSingleReplicationShowsNoInterval() {
        SummaryFile summary = summary(1);
        assertFalse(RunSections.headline(summary).contains("+/-"));
        String table = RunSections.sectors(summary);
        assertFalse(table.contains("+/-"), table);
        assertFalse(table.contains("confidence interval"), table);
    }

    /** A summary.json holding only the figures these sections read, as the report reads it. */
    private static SummaryFile summary(int replications) {
        Map<String, Object> s = new HashMap<>();
        s.put("costOfPoorServiceGbp", 15e9);
        s.put("acquisitionCostGbp", 7e9);
        s.put("failureDemandGbp", 2.4e9);
        s.put("lostSalesGbp", 0.8e9);
        s.put("meanMinutesTrappedInIvr", 9.3);
        s.put("abandonRate", 0.057);
        s.put("relationshipsLostToTreatment", 61e6);
        s.put("avgValuePerLostRelationshipGbp", 250.0);
        s.put("leaveReasonShares", Map.of("treatment", 0.687));
        s.put("driverShares", Map.of("repeatInformation", 0.49, "trappedInSelfService", 0.33));
        s.put("customerMinutes", Map.of("waiting", 2.0e8, "trappedInIvr", 2.0e9));
        s.put("costLines", Map.of());
        s.put("scaling", "scaled");
        s.put("sectors", List.of(Map.of("name", "Utilities", "costOfPoorServiceGbp", 2e9,
                "relationshipsLostToTreatment", 6.8e6, "leavers", 9.2e6, "failureDemandGbp", 3e8,
                "lostSalesGbp", 2.5e7)));
        s.put("operations", Map.of("agentHoursPaid", 1.6e8, "answeredWithinTargetShare", 0.82,
                "failureDemandByKind", Map.of("repeatsGbp", 1.2e6)));
        s.put("replications", replications);
        Map<String, Object> cis = new LinkedHashMap<>();
        cis.put("costOfPoorServiceGbp", ci(15e9, 150e6));
        cis.put("acquisitionCostGbp", ci(7e9, 20e6));
        cis.put("abandonRate", ci(0.057, 0.003));
        cis.put("customerHoursLost", ci(3.67e7, 1.5e6));
        cis.put("sectors.Utilities.costOfPoorServiceGbp", ci(2e9, 40e6));
        cis.put("sectors.Utilities.failureDemandGbp", ci(3e8, 6e6));
        cis.put("failureDemand.repeatsGbp", ci(1.2e6, 50e6));
        cis.put("treatmentLeaversLeavingSectorShare", Map.of("mean", 0.379, "ci95Low", 0.374, "ci95High", 0.384));
        s.put("confidenceIntervals", cis);
        return Json.read(Json.write(s), SummaryFile.class);
    }

    private static Map<String, Object> ci(double mean, double half) {
        return Map.of("ci95Low", mean - half, "ci95High", mean + half);
    }
}
