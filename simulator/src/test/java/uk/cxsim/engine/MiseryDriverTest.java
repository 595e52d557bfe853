package uk.cxsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.metrics.Metric;
import uk.cxsim.metrics.RunSummary;
import uk.cxsim.model.Driver;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.scenario.Scenarios;

/** Each moment of misery happens when its lever is bad and stops when the lever is fixed. */
class MiseryDriverTest {
    private static final String ALL = "levers.allSuppliers.";

    @Test
    void agentWithoutContextDoesNotKnowHistoryAndFullCrmStopsIt() {
        assertTrue(miseries(Driver.AGENT_DOES_NOT_KNOW_HISTORY, ALL + "crm.context=0.3") > 0);
        assertEquals(0, miseries(Driver.AGENT_DOES_NOT_KNOW_HISTORY, ALL + "crm.context=1"));
    }

    @Test
    void customersRepeatThemselvesUnlessContextFollowsThemEverywhere() {
        assertTrue(miseries(Driver.REPEAT_INFORMATION, ALL + "crm.context=0.5") > 0);
        assertEquals(0, miseries(Driver.REPEAT_INFORMATION, ALL + "crm.context=1", ALL + "crm.followsTransfer=true",
                ALL + "crm.followsChannelSwitch=true"));
    }

    @Test
    void ivrTrapsAndHiddenHelpTrapCustomersInSelfService() {
        assertTrue(miseries(Driver.TRAPPED_IN_SELF_SERVICE, ALL + "ivr.trapShare=0.4") > 0);
        assertTrue(miseries(Driver.TRAPPED_IN_SELF_SERVICE, ALL + "ivr.trapShare=0", ALL + "helpFindability=0.3") > 0);
        assertEquals(0, miseries(Driver.TRAPPED_IN_SELF_SERVICE, ALL + "ivr.trapShare=0", ALL + "helpFindability=1",
                ALL + "channels.web.selfServiceSuccess=1", ALL + "channels.app.selfServiceSuccess=1"));
    }

    @Test
    void understaffingMakesCustomersWaitTooLongAndAmpleServiceStopsIt() {
        assertTrue(miseries(Driver.WAITED_TOO_LONG, "levers.staffingMultiplier=0.3") > 0);
        assertEquals(0, miseries(Driver.WAITED_TOO_LONG, "levers.staffingMultiplier=100",
                ALL + "channels.branch.appointmentLeadDays=0", ALL + "channels.email.answerProbability=1",
                ALL + "channels.email.responseHours=0.01", ALL + "channels.social.answerProbability=1",
                ALL + "channels.social.responseHours=0.01"));
    }

    @Test
    void missingChannelsDenyTheChannelOfChoiceAndOfferingAllStopsIt() {
        ScenarioParams oneChannel = Scenarios.load(TestScenarios.ONE_CHANNEL, List.of()).params();
        assertTrue(count(oneChannel, Driver.CHANNEL_UNAVAILABLE) > 0);
        assertEquals(0, miseries(Driver.CHANNEL_UNAVAILABLE, ALL + "channels.branch.offered=true",
                ALL + "channels.app.offered=true", ALL + "channels.email.offered=true",
                ALL + "channels.web.offered=true",
                ALL + "channels.chat.offered=true", ALL + "channels.social.offered=true"));
    }

    @Test
    void unresolvedIssuesStopWhenEveryContactResolves() {
        assertTrue(miseries(Driver.ISSUE_NOT_RESOLVED, ALL + "firstContactResolution=0.6") > 0);
        assertEquals(0, miseries(Driver.ISSUE_NOT_RESOLVED, ALL + "firstContactResolution=1", ALL + "empowerment=1",
                ALL + "channels.web.selfServiceSuccess=1", ALL + "channels.app.selfServiceSuccess=1",
                ALL + "helpFindability=1", ALL + "channels.email.answerProbability=1",
                ALL + "channels.social.answerProbability=1", "behaviour.contact.retryProbability=1",
                "behaviour.contact.maxAttempts=100", "levers.staffingMultiplier=100",
                "people.patienceMinutes=600", "people.patienceCv=0"));
    }

    private static double miseries(Driver d, String... overrides) {
        List<String> all = new ArrayList<>(List.of(overrides));
        return count(TestScenarios.small(all.toArray(String[]::new)), d);
    }

    private static double count(ScenarioParams p, Driver d) {
        return new RunSummary(TestScenarios.run(p)).total(Metric.misery(d));
    }
}
