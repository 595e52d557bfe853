package uk.cxsim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.engine.SpinUps;
import uk.cxsim.experiment.whatif.DenseBases;
import uk.cxsim.experiment.whatif.Focus;
import uk.cxsim.experiment.whatif.WhatIfRuns;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.output.Json;
import uk.cxsim.output.RunWriter;

/** A base run sector by sector is the base run at once, and a warm-up that gives way keeps what it ran. */
class BaseRunsTest {
    private static final ScenarioParams BASE = TestScenarios.small("spinUp.years=1", "spinUp.customers=2000");

    @Test
    void aBaseRunSectorBySectorIsTheBaseRunAtOnce() {
        BaseRuns kept = new BaseRuns();
        BaseRuns.Entry entry = kept.entry("small", BASE, 2);
        List<Long> progress = new ArrayList<>();
        List<RunSummary> banking = entry.of(new int[] {0}, 2, progress::add);
        assertEquals(2, banking.size());
        assertNull(kept.get("small", 2), "a base with a sector still to run is not kept as run");
        assertTrue(entry.hasRun(0) && !entry.hasRun(1), "Banking alone has run");
        List<RunSummary> whole = entry.all(2, progress::add, () -> false);
        assertSame(entry, kept.get("small", 2));
        List<RunSummary> atOnce = WhatIfRuns.base(BASE, 2, 2, SpinUps.kept(), d -> { });
        for (int r = 0; r < 2; r++) {
            assertEquals(summary(atOnce.get(r)), summary(whole.get(r)), "replication " + r);
        }
        for (int k = 1; k < progress.size(); k++) {
            assertTrue(progress.get(k) >= progress.get(k - 1), "progress never goes back: " + progress);
        }
        assertEquals(2L * BASE.totalDays(), progress.get(progress.size() - 1));
    }

    @Test
    void aBaseThatGivesWayKeepsTheSectorsItRan() {
        BaseRuns kept = new BaseRuns();
        BaseRuns.Entry entry = kept.entry("small", BASE, 1);
        long[] done = {0};
        // a what-if arrives once the first sector has run: the second is left for it
        assertNull(entry.all(1, days -> done[0] = days, () -> done[0] >= BASE.totalDays() / 2));
        assertTrue(entry.hasRun(0) && !entry.hasRun(1), "Banking ran, Energy is left");
        assertSame(entry, kept.entry("small", BASE, 1), "the sectors run are kept for the what-if");
        // one arriving while a sector runs stops it between days: nothing of it is kept
        BaseRuns.Entry other = kept.entry("other", BASE, 1);
        done[0] = 0;
        assertNull(other.all(1, days -> done[0] = days, () -> done[0] >= 3));
        assertTrue(!other.hasRun(0) && !other.hasRun(1), "nothing of the sector stopped is kept");
        assertEquals(3, done[0], "stopped at the day it was asked to");
        List<RunSummary> whole = entry.all(1, days -> { }, () -> false);
        assertEquals(summary(WhatIfRuns.base(BASE, 1, 1, SpinUps.kept(), d -> { }).get(0)), summary(whole.get(0)),
                "a base that gave way and went on is the base run at once");
    }

    @Test
    void theSectorsTheRoomLooksAtRunFirst() {
        BaseRuns.Entry entry = new BaseRuns().entry("small", BASE, 1);
        entry.prefer(List.of(1));
        long[] done = {0};
        assertNull(entry.all(1, days -> done[0] = days, () -> done[0] >= BASE.totalDays() / 2));
        assertTrue(entry.hasRun(1) && !entry.hasRun(0), "Energy, asked for, ran before Banking");
    }

    @Test
    void theDenserRunsTheRoomWantsRunAfterItsSectorsAndBeforeTheOthers() {
        BaseRuns.Entry entry = new BaseRuns().entry("small", BASE, 1);
        Focus energy = new Focus(List.of(1), null, 2);
        entry.prefer(List.of(1));
        entry.wantDenser(energy);
        List<String> order = new ArrayList<>();
        // the state each time the background asks whether to stop (before each run and between days)
        entry.warm(1, () -> {
            order.add(entry.hasRun(1) + "/" + entry.denseBases().has(energy, 0, 1) + "/" + entry.hasRun(0));
            return false;
        }, dense -> false);
        assertTrue(entry.warmed(), "every sector and the denser runs made");
        List<String> seen = order.stream().distinct().toList();
        assertEquals(List.of("false/false/false", "true/false/false", "true/true/false", "true/true/true"), seen,
                "Energy, then its denser runs, then Banking");
        assertEquals(summary(WhatIfRuns.denserBase(BASE, energy, 0, 1, 1, SpinUps.kept(), d -> { },
                new DenseBases()).get(0)), summary(entry.denseBases().get(energy, 0, 1).get(0)),
                "the denser runs made in the background are those a what-if makes");
    }

    @Test
    void denserRunsThatGiveWayAreNotKept() {
        BaseRuns.Entry entry = new BaseRuns().entry("small", BASE, 1);
        Focus energy = new Focus(List.of(1), null, 2);
        entry.prefer(List.of(1));
        entry.all(1, days -> { }, () -> false);
        entry.wantDenser(energy);
        int[] asked = {0};
        // a job arrives that does not need them: they stop between days
        entry.warm(1, () -> asked[0] > 5, dense -> ++asked[0] > 5);
        assertTrue(!entry.warmed() && !entry.denseBases().has(energy, 0, 1), "stopped between days, nothing kept");
        entry.warm(1, () -> false, dense -> false);
        assertTrue(entry.warmed());
    }

    @Test
    void denserRunsUnderWayGoOnForAWhatIfThatNeedsThem() {
        BaseRuns.Entry entry = new BaseRuns().entry("small", BASE, 1);
        Focus energy = new Focus(List.of(1), null, 2);
        entry.prefer(List.of(1));
        entry.wantDenser(energy);
        int[] days = {0};
        // a what-if of Energy at that density arrives five days into the denser runs: they go on, then the rest waits
        entry.warm(1, () -> days[0] > 5, dense -> ++days[0] > 5 && !dense.equals(energy));
        assertTrue(entry.denseBases().has(energy, 0, 1), "the denser runs were finished and kept");
        assertTrue(days[0] > 5 && entry.hasRun(1) && !entry.hasRun(0), "Banking was left for later");
    }

    private static String summary(RunSummary r) {
        return Json.write(RunWriter.summaryJson(r));
    }
}
